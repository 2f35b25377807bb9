using System.Globalization;
using System.Text;

namespace FriendlyGov.Domain;

/// <summary>
/// Text that came from outside (a value in a file, a property name, a file name, a unit name),
/// made safe to put in an error message, a log line or an audit summary: every control
/// character and every bidirectional override is written as <c>\u001B</c>, so that no value
/// can clear a terminal, forge a second line or reorder what a reader sees; and a long value is
/// cut, with its length said, so that a 9 MiB name never becomes a 9 MiB message.
/// </summary>
/// <remarks>
/// One home for this rule: readers, the workflow, the command line and the samples all quote
/// outside text through it.
/// </remarks>
public static class MessageText
{
    /// <summary>How many characters of a value a message shows by default (80).</summary>
    public const int DefaultLength = 80;

    /// <summary>
    /// <paramref name="text"/> with its unsafe characters escaped and, when longer than
    /// <paramref name="length"/> characters, cut there and followed by
    /// <c>… (N characters)</c>, N being the length of the whole original text.
    /// </summary>
    /// <param name="text">The outside text; <see langword="null"/> reads as empty.</param>
    /// <param name="length">How many characters of the text to keep at most; at least 1.</param>
    public static string Printable(string? text, int length = DefaultLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 1);
        if (string.IsNullOrEmpty(text)) return string.Empty;

        var kept = text.Length <= length ? text.Length : length;
        // Never cut a surrogate pair in two: the half would be a character of its own.
        if (kept < text.Length && char.IsHighSurrogate(text[kept - 1])) kept--;

        var printable = new StringBuilder(kept + 16);
        for (var i = 0; i < kept; i++)
        {
            var c = text[i];
            if (IsUnsafe(c)) printable.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            else printable.Append(c);
        }

        if (kept < text.Length) printable.Append(CultureInfo.InvariantCulture, $"… ({text.Length} characters)");
        return printable.ToString();
    }

    /// <summary>
    /// <paramref name="text"/> made printable as by <see cref="Printable"/> and put between
    /// single quotes, as messages quote a value: <c>'abc'</c>.
    /// </summary>
    /// <param name="text">The outside text; <see langword="null"/> reads as empty.</param>
    /// <param name="length">How many characters of the text to keep at most; at least 1.</param>
    public static string Quote(string? text, int length = DefaultLength) => $"'{Printable(text, length)}'";

    /// <summary>
    /// The first character of <paramref name="text"/> that <see cref="Printable"/> would escape,
    /// written as <c>U+001B</c>; <see langword="null"/> when there is none.
    /// </summary>
    /// <param name="text">The text to look through.</param>
    public static string? FirstUnsafeCharacter(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var c in text)
        {
            if (IsUnsafe(c)) return $"U+{(int)c:X4}";
        }

        return null;
    }

    /// <summary>
    /// Control characters (Unicode category Cc: C0, DEL, C1) and the bidirectional embeddings,
    /// overrides and isolates (U+202A–U+202E, U+2066–U+2069), which can make text read
    /// otherwise than it is stored.
    /// </summary>
    private static bool IsUnsafe(char c) =>
        char.IsControl(c) || c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069';
}
