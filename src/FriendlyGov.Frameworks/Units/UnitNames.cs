using System.Globalization;
using System.Text;

namespace FriendlyGov.Frameworks.Units;

/// <summary>
/// Compares Vietnamese unit and province names as people write them: the two tone placements in
/// common use (<c>Hòa</c> and <c>Hoà</c>, <c>Thủy</c> and <c>Thuỷ</c>, <c>Khỏe</c> and <c>Khoẻ</c>,
/// <c>Ủy</c> and <c>Uỷ</c>) are the same name, as are upper and lower case and composed (NFC) and
/// decomposed (NFD) text.
/// </summary>
/// <remarks>
/// <para>
/// The rule (docs/design.md, "Names as people write them"): a name's key is its text trimmed,
/// runs of white space made one space, decomposed (NFD) and put in lower case; then, in every
/// syllable that ends with the vowel pair <c>oa</c>, <c>oe</c> or <c>uy</c>, a tone mark (grave,
/// acute, hook above, tilde or dot below) written on the <c>o</c> or <c>u</c> is moved onto the
/// <c>a</c>, <c>e</c> or <c>y</c> that ends it. The old style <c>hòa</c> and the new style
/// <c>hoà</c> then have one key. A syllable that goes on after the pair (<c>hoàn</c>,
/// <c>Nguyễn</c>, <c>khuyến</c>) has one placement only and is left as it is.
/// </para>
/// <para>
/// Other diacritics are part of the name and are never dropped: <c>Hòa</c> and <c>Hóa</c>, or
/// <c>Đồng Nai</c> and <c>Dong Nai</c>, are different names. The key is for lookups only; the
/// official form is what is stored and shown.
/// </para>
/// </remarks>
public static class UnitNames
{
    /// <summary>The lookup key of a name: equal keys mean the same name written two ways.</summary>
    /// <param name="name">A name as written, such as <c>Phường Hiệp Hoà</c>.</param>
    /// <returns>Its key, such as the key of <c>phường hiệp hoà</c>; not meant to be shown.</returns>
    public static string Key(string name)
    {
        Guard.Against.Null(name);
        var text = string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .Normalize(NormalizationForm.FormD)
            .ToLowerInvariant();
        var key = new StringBuilder(text.Length);
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && IsSyllablePart(text[i])) continue;
            AppendSyllable(key, text.AsSpan(start, i - start));
            if (i < text.Length) key.Append(text[i]);
            start = i + 1;
        }

        return key.ToString();
    }

    /// <summary>Whether two names are the same name written two ways (see <see cref="Key"/>).</summary>
    /// <param name="left">A name.</param>
    /// <param name="right">Another name.</param>
    /// <returns><see langword="true"/> when their keys are equal.</returns>
    public static bool Same(string left, string right) =>
        string.Equals(Guard.Against.Null(left), Guard.Against.Null(right), StringComparison.Ordinal)
        || string.Equals(Key(left), Key(right), StringComparison.Ordinal);

    private static bool IsSyllablePart(char c) =>
        char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    /// <summary>Appends a decomposed, lower-case syllable, moving a tone mark from o/u onto the a/e/y that ends it.</summary>
    private static void AppendSyllable(StringBuilder key, ReadOnlySpan<char> syllable)
    {
        // In NFD "hòa" is h, o, U+0300, a: the pair is the last base letter, the tone mark before it
        // and the o or u before that. Only tone marks move; a breve or circumflex changes the vowel.
        var n = syllable.Length;
        if (n >= 3 && IsTone(syllable[n - 2]) && IsPair(syllable[n - 3], syllable[n - 1]))
        {
            key.Append(syllable[..(n - 2)]).Append(syllable[n - 1]).Append(syllable[n - 2]);
            return;
        }

        key.Append(syllable);
    }

    private static bool IsPair(char first, char last) =>
        (first == 'o' && last is 'a' or 'e') || (first == 'u' && last == 'y');

    private static bool IsTone(char c) => c is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323';
}
