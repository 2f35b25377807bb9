using System.Globalization;
using System.Numerics;

namespace FriendlyGov.Domain;

/// <summary>
/// A figure written as <see cref="Figures.Format"/> (or, with a comma, <see cref="Figures.FormatVi"/>)
/// writes it, for interpolated strings: formatting it writes into the string being built.
/// </summary>
/// <remarks>
/// The text is the invariant general form ("4.50") with trailing zeros and a bare point dropped:
/// the same as the custom format <c>0.####…</c> (28 places, a decimal's most) writes. It is
/// written from the decimal's digits and scale, without parsing a format string or reading a
/// culture: explanations write every figure of every unit.
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
        var written = Write(_value, _point, text);
        charsWritten = 0;
        if (!text[..written].TryCopyTo(destination)) return false;
        charsWritten = written;
        return true;
    }

    /// <summary>
    /// Writes <paramref name="value"/> into <paramref name="text"/>, at least <see cref="MaxLength"/>
    /// long, with <paramref name="point"/> as decimal point.
    /// </summary>
    /// <returns>The number of characters written.</returns>
    internal static int Write(decimal value, char point, Span<char> text)
    {
        // A decimal is a 96-bit whole number and a scale (its count of decimals): writing the
        // digits of the whole number and placing the point reads no culture and parses no format.
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var negative = bits[3] < 0;
        var scale = value.Scale;
        return bits[2] == 0
            ? Write(((ulong)(uint)bits[1] << 32) | (uint)bits[0], negative, scale, point, text)
            : Write(new UInt128((uint)bits[2], ((ulong)(uint)bits[1] << 32) | (uint)bits[0]), negative, scale, point, text);
    }

    private static int Write<T>(T magnitude, bool negative, int scale, char point, Span<char> text)
        where T : IBinaryInteger<T>
    {
        if (T.IsZero(magnitude))
        {
            // Zero of any scale and sign, such as -0.00, is written "0".
            text[0] = '0';
            return 1;
        }

        Span<char> buffer = stackalloc char[MaxLength];
        magnitude.TryFormat(buffer, out var length, default, CultureInfo.InvariantCulture);
        var digits = buffer[..length];
        // Trailing zeros of the decimals are dropped; the digits hold one that is not 0, so this stops.
        while (scale > 0 && digits[^1] == '0')
        {
            digits = digits[..^1];
            scale--;
        }

        var at = 0;
        if (negative) text[at++] = '-';
        var whole = digits.Length - scale;
        if (whole <= 0)
        {
            // Below 1: "0", the point, the zeros the digits do not fill, then the digits.
            text[at++] = '0';
            text[at++] = point;
            text.Slice(at, -whole).Fill('0');
            at -= whole;
        }
        else
        {
            digits[..whole].CopyTo(text[at..]);
            at += whole;
            if (scale == 0) return at;
            text[at++] = point;
            digits = digits[whole..];
        }

        digits.CopyTo(text[at..]);
        return at + digits.Length;
    }

    /// <inheritdoc />
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    /// <summary>The figure's text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => _point == ',' ? Figures.FormatVi(_value) : Figures.Format(_value);
}
