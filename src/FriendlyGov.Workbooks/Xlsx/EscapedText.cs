using System.Globalization;
using System.Text;

namespace FriendlyGov.Workbooks.Xlsx;

/// <summary>
/// The escapes Office Open XML puts in a cell's text (ECMA-376 <c>ST_Xstring</c>): <c>_xHHHH_</c>
/// stands for the character U+HHHH, so that a text can carry a character XML cannot (Excel writes a
/// carriage return as <c>_x000D_</c>), and <c>_x005F_</c> is the underscore that keeps a literal
/// <c>_x000D_</c> from being read as one (<c>_x005F_x000D_</c>).
/// </summary>
internal static class EscapedText
{
    private const int EscapeLength = 7; // _xHHHH_

    /// <summary>The text a spreadsheet program shows for <paramref name="stored"/>: each <c>_xHHHH_</c> decoded, left to right.</summary>
    /// <param name="stored">The text as stored in a <c>&lt;t&gt;</c> element.</param>
    /// <returns>The text; the same instance when it holds no escape.</returns>
    public static string Decode(string stored)
    {
        if (!stored.Contains("_x", StringComparison.Ordinal)) return stored;
        var text = new StringBuilder(stored.Length);
        for (var i = 0; i < stored.Length; i++)
        {
            if (TryEscapeAt(stored, i, out var character))
            {
                text.Append(character);
                i += EscapeLength - 1;
            }
            else
            {
                text.Append(stored[i]);
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// The text to store so that <see cref="Decode"/> (and Excel) gives back <paramref name="text"/>:
    /// an underscore that would start an escape becomes <c>_x005F_</c>, and a character XML cannot
    /// hold becomes its own escape.
    /// </summary>
    /// <param name="text">The text shown.</param>
    /// <returns>The text to store; the same instance when nothing needs escaping.</returns>
    public static string Encode(string text)
    {
        if (!text.Contains("_x", StringComparison.Ordinal) && !text.Any(NotInXml)) return text;
        var stored = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '_' && TryEscapeAt(text, i, out _)) stored.Append("_x005F_");
            else if (NotInXml(text[i])) stored.Append(CultureInfo.InvariantCulture, $"_x{(int)text[i]:X4}_");
            else stored.Append(text[i]);
        }

        return stored.ToString();
    }

    private static bool TryEscapeAt(string s, int i, out char character)
    {
        character = default;
        if (i + EscapeLength > s.Length || s[i] != '_' || s[i + 1] != 'x' || s[i + EscapeLength - 1] != '_') return false;
        if (!ushort.TryParse(s.AsSpan(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)) return false;
        character = (char)code;
        return true;
    }

    // Control characters XML 1.0 cannot carry; tab, line feed and carriage return it can.
    private static bool NotInXml(char c) => c < ' ' && c is not ('\t' or '\n' or '\r');
}
