using System.Text;

namespace FriendlyGov.Reporting;

/// <summary>HTML text as the reports write it: escaped, and laid out the same on every platform.</summary>
internal static class Html
{
    /// <summary>
    /// Escapes text for an element's content or a quoted attribute: the five characters HTML gives
    /// meaning to. Everything else, Vietnamese included, is written as it is in UTF-8.
    /// </summary>
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0) return text;
        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    /// <summary>
    /// A bar's length as a share of its maximum, in percent with at most two decimals, within
    /// [0, 100]: 12 of 20 is <c>60</c>. A maximum of 0 gives 0.
    /// </summary>
    public static decimal Percent(decimal value, decimal max) =>
        max <= 0 ? 0 : Math.Clamp(Math.Round(value * 100 / max, 2, MidpointRounding.AwayFromZero), 0, 100);
}
