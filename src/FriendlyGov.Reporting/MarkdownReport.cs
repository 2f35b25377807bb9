using System.Globalization;
using System.Text;
using FriendlyGov.Domain;

namespace FriendlyGov.Reporting;

/// <summary>
/// Writes scorecards and rankings as Markdown a person can paste into a report, with bilingual
/// labels (Vietnamese / English) and GitHub-style tables.
/// </summary>
public static class MarkdownReport
{
    /// <summary>The characters that start Markdown inside a line: escapes, code, emphasis, links, strikethrough, table cells and references.</summary>
    private const string MarkdownPunctuation = "\\`*_[]~|";

    /// <summary>Writes one unit's scorecard: its summary, caps, missing evidence, a table of points and every explanation.</summary>
    /// <param name="card">The scorecard.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(ScorecardReport card, TextWriter output)
    {
        Guard.Against.Null(card);
        Guard.Against.Null(output);
        output.WriteLine($"## {Escape(card.UnitName)} ({card.UnitCode})");
        output.WriteLine();
        output.WriteLine($"- Bộ tiêu chí / Framework: `{card.FrameworkId}`, {Escape(card.FrameworkTitle.Vi)}");
        output.WriteLine($"- Kỳ đánh giá / Period: {card.Period}");
        output.WriteLine($"- **Tổng điểm / Total: {Figures.Format(card.Total)}** / {Figures.Format(card.MaxPoints)} (+{Figures.Format(card.BonusMaxPoints)})");
        output.WriteLine($"- **Xếp loại / Rating: {Escape(card.Rating.Title.Vi)} / {Escape(card.Rating.Title.En)}**");
        foreach (var cap in card.Caps)
        {
            var reason = cap.Reason is null ? string.Empty : $": {Escape(cap.Reason.Vi)} / {Escape(cap.Reason.En)}";
            output.WriteLine($"- Giới hạn / Cap {cap.Id} ({Escape(cap.Title.Vi)}){reason}");
        }

        if (!card.DetailsKept)
            output.WriteLine("- Không lưu điểm tự đánh giá, điểm thẩm định và lý do giới hạn / Self-assessed and appraised points and the reasons of caps were not kept with this scorecard");
        var missing = card.Missing.ToList();
        if (missing.Count > 0) output.WriteLine($"- Thiếu minh chứng / Missing evidence: {string.Join(", ", missing)}");
        output.WriteLine();
        output.WriteLine("| Mã / Id | Tiêu chí / Indicator | Điểm / Points | Tối đa / Max |");
        output.WriteLine("|---|---|---:|---:|");
        foreach (var group in card.Groups)
        {
            output.WriteLine($"| **{group.Id}** | **{Escape(group.Title.Vi)}** | **{Figures.Format(group.Points)}** | **{Figures.Format(group.MaxPoints)}** |");
            foreach (var indicator in group.Indicators) Row(indicator, output);
        }

        foreach (var indicator in card.BonusIndicators) Row(indicator, output);
        output.WriteLine();
        output.WriteLine("### Giải trình / Explanations");
        output.WriteLine();
        foreach (var indicator in card.Indicators)
        {
            output.WriteLine($"- **{indicator.Id}** {Escape(indicator.Explanation.Vi)}");
            output.WriteLine($"  <br>{Escape(indicator.Explanation.En)}");
        }

        output.WriteLine();
    }

    /// <summary>Writes a ranking: the framework, the period and a table of ranks, units, totals and ratings.</summary>
    /// <param name="ranking">The ranking.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(RankingReport ranking, TextWriter output)
    {
        Guard.Against.Null(ranking);
        Guard.Against.Null(output);
        output.WriteLine("## Xếp hạng / Ranking");
        output.WriteLine();
        output.WriteLine($"- Bộ tiêu chí / Framework: `{ranking.FrameworkId}`, {Escape(ranking.FrameworkTitle.Vi)}");
        output.WriteLine($"- Kỳ đánh giá / Period: {ranking.Period}");
        output.WriteLine();
        // A unit formed by a reform shows how the units it was formed from did, as the HTML ranking does.
        var earlier = string.Join(", ", ranking.Predecessors.Values.Select(p => p.Period).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        var heading = earlier.Length == 0 ? string.Empty : $" {Escape(earlier)}, các đơn vị hình thành nên / {Escape(earlier)}, units it was formed from |";
        output.WriteLine($"| Hạng / Rank | Mã / Code | Đơn vị / Unit | Tổng / Total | Xếp loại / Rating |{heading}");
        output.WriteLine(earlier.Length == 0 ? "|---:|---|---|---:|---|" : "|---:|---|---|---:|---|---|");
        foreach (var entry in ranking.Entries)
        {
            var card = entry.Scorecard;
            var formedFrom = earlier.Length == 0 ? string.Empty : $" {PredecessorResults.Describe(ranking.Predecessors.GetValueOrDefault(card.UnitCode), en => en)} |";
            output.WriteLine($"| {entry.Rank} | {card.UnitCode} | {Escape(card.UnitName)} | {Figures.Format(card.Total)} | {Escape(card.Rating.Title.Vi)} ({card.Rating.Code}) |{formedFrom}");
        }

        output.WriteLine();
    }

    private static void Row(IndicatorReport indicator, TextWriter output) =>
        output.WriteLine($"| {indicator.Id} | {Escape(indicator.Title.Vi)} | {Figures.Format(indicator.Points)} | {Figures.Format(indicator.MaxPoints)} |");

    /// <summary>
    /// Outside text (a unit's name, a framework's titles) as Markdown that shows it as written
    /// and nothing more: a line break would end the row, a pipe the table cell, <c>[x](url)</c> or
    /// <c>&lt;url&gt;</c> would make a link (such as <c>javascript:</c>), <c>&amp;#…;</c> a
    /// character reference (a lone <c>&amp;</c> is left as written), and <c>*</c>, <c>_</c>, <c>~</c> or <c>`</c> formatting. Each such
    /// character is backslash-escaped (CommonMark), <c>&lt;</c> written as <c>&amp;lt;</c>, and every
    /// other control character written as <c>\u0009</c>.
    /// </summary>
    private static string Escape(string text)
    {
        var oneLine = MessageText.Printable(text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' '), int.MaxValue);
        var escaped = new StringBuilder(oneLine.Length + 8);
        for (var i = 0; i < oneLine.Length; i++)
        {
            var c = oneLine[i];
            if (c == '<') escaped.Append("&lt;");
            else if (MarkdownPunctuation.Contains(c, StringComparison.Ordinal) || (c == '&' && StartsReference(oneLine, i + 1))) escaped.Append('\\').Append(c);
            else escaped.Append(c);
        }

        return escaped.ToString();
    }

    /// <summary>Whether an <c>&amp;</c> before <paramref name="next"/> would start a character reference (<c>&amp;#106;</c>, <c>&amp;amp;</c>); a lone one, as in "Tân &amp; Co", is left as written.</summary>
    private static bool StartsReference(string text, int next) => next < text.Length && (text[next] == '#' || char.IsAsciiLetter(text[next]));

}
