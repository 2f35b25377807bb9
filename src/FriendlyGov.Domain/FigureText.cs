using System.Globalization;

namespace FriendlyGov.Domain;

/// <summary>
/// A figure written as <see cref="Figures.Format"/> (or, with a comma, <see cref="Figures.FormatVi"/>)
/// writes it, for interpolated strings: formatting it writes into the string being built.
/// </summary>
/// <remarks>
/// The text is the invariant general form ("4.50") with trailing zeros and a bare point dropped:
/// the same as the custom format <c>0.####…</c> (28 places, a decimal's most) writes, without
/// parsing a format string each time; explanations write every figure of every unit.
/// </remarks>
public readonly struct FigureText : ISpanFormattable
{
    /// <summary>The longest text of a decimal: 29 digits, a sign and a point.</summary>
    internal const int MaxLength = 32;

    private readonly decimal _value;
    private readonly char _point;

    internal FigureText(decimal value, char point)
    {
        _value = value;
        _point = point;
    }

    /// <inheritdoc />
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        Span<char> text = stackalloc char[MaxLength];
        _value.TryFormat(text, out var written, default, CultureInfo.InvariantCulture);
        var figure = text[..written];
        var dot = figure.IndexOf('.');
        if (dot >= 0)
        {
            figure = figure.TrimEnd('0');
            if (figure.Length == dot + 1) figure = figure[..dot];
            else figure[dot] = _point;
        }

        if (figure is "-0") figure = figure[1..];
        charsWritten = 0;
        if (!figure.TryCopyTo(destination)) return false;
        charsWritten = figure.Length;
        return true;
    }

    /// <inheritdoc />
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    /// <summary>The figure's text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => _point == ',' ? Figures.FormatVi(_value) : Figures.Format(_value);
}
