using System.Globalization;

namespace FriendlyGov.Domain;

/// <summary>Writes points and other decimal figures the way people and files expect them.</summary>
public static class Figures
{
    /// <summary>
    /// The figure with a point as decimal separator and no trailing zeros: <c>4.5</c>, <c>15</c>,
    /// <c>-0.25</c>. This is the form used in files, JSON output and English texts.
    /// </summary>
    /// <param name="value">The figure.</param>
    /// <returns>Its invariant text.</returns>
    public static string Format(decimal value) => Write(value, '.');

    /// <summary>Formats a figure for Vietnamese text: like <see cref="Format"/>, with a decimal comma.</summary>
    /// <param name="value">The figure.</param>
    /// <returns>The figure as text.</returns>
    public static string FormatVi(decimal value) => Write(value, ',');

    /// <summary>
    /// The figure as <see cref="Format"/> writes it, for an interpolated string: it is written
    /// straight into the string being built, without a string of its own.
    /// </summary>
    /// <param name="value">The figure.</param>
    /// <returns>The figure, ready to interpolate.</returns>
    public static FigureText Text(decimal value) => new(value, '.');

    /// <summary>The figure as <see cref="FormatVi"/> writes it, for an interpolated string.</summary>
    /// <param name="value">The figure.</param>
    /// <returns>The figure, ready to interpolate.</returns>
    public static FigureText TextVi(decimal value) => new(value, ',');

    private static string Write(decimal value, char point)
    {
        Span<char> text = stackalloc char[FigureText.MaxLength];
        return new string(text[..FigureText.Write(value, point, text)]);
    }

    /// <summary>
    /// A figure that may have many decimals (a quotient such as 2/3), shortened to six decimals
    /// with an ellipsis where it was cut: <c>0.666666…</c>.
    /// </summary>
    /// <param name="value">The figure.</param>
    /// <returns>Its invariant text.</returns>
    public static string FormatApproximate(decimal value)
    {
        var shortened = Math.Round(value, 6, MidpointRounding.ToZero);
        return shortened == value ? Format(value) : Format(shortened) + "…";
    }

    /// <summary>Rounds <paramref name="value"/> to <paramref name="decimals"/> places, half away from zero.</summary>
    /// <param name="value">The figure.</param>
    /// <param name="decimals">The number of decimal places, 0 to 6.</param>
    /// <returns>The rounded figure.</returns>
    public static decimal Round(decimal value, int decimals) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero);

    /// <summary>
    /// <paramref name="a"/> × <paramref name="b"/> / <paramref name="c"/> with one rounding step,
    /// dividing first only where the product would leave decimal's range.
    /// </summary>
    /// <param name="a">A factor, such as an indicator's maximum points.</param>
    /// <param name="b">The other factor.</param>
    /// <param name="c">The divisor; not 0.</param>
    /// <returns>The quotient.</returns>
    public static decimal MultiplyDivide(decimal a, decimal b, decimal c) =>
        // Only a factor above 1 can push the product out of range; dividing MaxValue by a factor
        // below 1 (an indicator worth 0.5) would itself overflow.
        Math.Abs(a) > 1 && Math.Abs(b) > decimal.MaxValue / Math.Abs(a) ? a * (b / c) : a * b / c;

    /// <summary>Whether the figure is a whole number.</summary>
    /// <param name="value">The figure.</param>
    /// <returns><see langword="true"/> when it has no fractional part.</returns>
    public static bool IsWhole(decimal value) => value == decimal.Truncate(value);
}
