using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace FriendlyGov.Domain;

/// <summary>
/// Text in Unicode normalization form C (composed), as every text shown to people is kept: a
/// Vietnamese word typed with combining accents equals the same word typed precomposed.
/// </summary>
/// <remarks>
/// <see cref="string.Normalize(NormalizationForm)"/> asks ICU about every text that is not plain
/// ASCII, and every Vietnamese text is not. A text made only of characters that are composed
/// starters (canonical combining class 0, NFC quick check "yes") is already in NFC, whatever
/// their order; this finds that out with a scan instead. The characters taken as such are every
/// character below U+0300 (Latin, Latin-1, Latin Extended-A and B, IPA, spacing modifiers), the
/// Vietnamese letters with two marks U+1EA0–U+1EF9, and the punctuation explanations write
/// (– — ‘ ’ “ ” … → −). Anything else, a combining mark first of all, goes to ICU as before.
/// That each of these, after any character at all, leaves the pair in NFC was checked against
/// ICU for every character of the Basic Multilingual Plane before this was written.
/// </remarks>
internal static class NfcText
{
    /// <summary>
    /// <paramref name="text"/> in NFC: the same instance when it already is, a new string otherwise.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>Its NFC form.</returns>
    public static string Of(string text) => IsComposed(text) ? text : text.Normalize(NormalizationForm.FormC);

    /// <summary>Whether every character of <paramref name="text"/> is one of the composed starters listed above.</summary>
    /// <param name="text">The text.</param>
    /// <returns><see langword="true"/> when it is, and so is in NFC; <see langword="false"/> when ICU must tell.</returns>
    internal static bool IsComposed(ReadOnlySpan<char> text)
    {
        var units = MemoryMarshal.Cast<char, ushort>(text);
        var at = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            // Eight characters at a time: below U+0300, or a Vietnamese letter U+1EA0–U+1EF9 (the
            // subtraction wraps what is below U+1EA0 round to the top). A block with anything else
            // is looked at character by character.
            var combiningMarks = Vector128.Create((ushort)0x0300);
            var firstLetter = Vector128.Create((ushort)0x1EA0);
            var letterCount = Vector128.Create((ushort)(0x1EF9 - 0x1EA0 + 1));
            for (; at <= units.Length - Vector128<ushort>.Count; at += Vector128<ushort>.Count)
            {
                var block = Vector128.Create(units.Slice(at, Vector128<ushort>.Count));
                var starters = Vector128.LessThan(block, combiningMarks) | Vector128.LessThan(block - firstLetter, letterCount);
                if (starters == Vector128<ushort>.AllBitsSet) continue;
                if (!AreComposedStarters(text.Slice(at, Vector128<ushort>.Count))) return false;
            }
        }

        return AreComposedStarters(text[at..]);
    }

    private static bool AreComposedStarters(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c < '\u0300' || c is >= '\u1EA0' and <= '\u1EF9') continue;
            if (c is not ('\u2013' or '\u2014' or '\u2018' or '\u2019' or '\u201C' or '\u201D' or '\u2026' or '\u2192' or '\u2212')) return false;
        }

        return true;
    }
}
