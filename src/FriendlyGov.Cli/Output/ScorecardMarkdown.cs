using FriendlyGov.Domain;
using FriendlyGov.Domain.Scoring;

namespace FriendlyGov.Cli.Output;

/// <summary>Writes scorecards as Markdown a person can paste into a report, in both languages.</summary>
internal static class ScorecardMarkdown
{
    public static void Write(IReadOnlyList<Scorecard> cards, Ranking? ranking, TextWriter output)
    {
        foreach (var card in cards) Write(card, output);
        if (ranking is null) return;
        output.WriteLine("## Xếp hạng / Ranking");
        output.WriteLine();
        output.WriteLine("| Hạng / Rank | Mã / Code | Đơn vị / Unit | Tổng / Total | Xếp loại / Rating |");
        output.WriteLine("|---:|---|---|---:|---|");
        foreach (var entry in ranking.Entries)
        {
            var card = entry.Scorecard;
            output.WriteLine($"| {entry.Rank} | {card.Unit.Code} | {Escape(card.Unit.Name)} | {Figures.Format(card.Total)} | {Escape(card.Rating.Title.Vi)} ({card.Rating.Code}) |");
        }

        output.WriteLine();
    }

    private static void Write(Scorecard card, TextWriter output)
    {
        output.WriteLine($"## {Escape(card.Unit.Name)} ({card.Unit.Code})");
        output.WriteLine();
        output.WriteLine($"- Bộ tiêu chí / Framework: `{card.Framework.Id}`, {Escape(card.Framework.Title.Vi)}");
        output.WriteLine($"- Kỳ đánh giá / Period: {card.Period}");
        output.WriteLine($"- **Tổng điểm / Total: {Figures.Format(card.Total)}** / {Figures.Format(card.Framework.MaxPoints)} (+{Figures.Format(card.Framework.BonusMaxPoints)})");
        output.WriteLine($"- **Xếp loại / Rating: {Escape(card.Rating.Title.Vi)} / {Escape(card.Rating.Title.En)}**");
        foreach (var cap in card.Caps)
            output.WriteLine($"- Giới hạn / Cap {cap.Cap.Id} ({Escape(cap.Cap.Title.Vi)}): {Escape(cap.Reason.Vi)} / {Escape(cap.Reason.En)}");
        var missing = card.Missing.ToList();
        if (missing.Count > 0) output.WriteLine($"- Thiếu minh chứng / Missing evidence: {string.Join(", ", missing)}");
        output.WriteLine();
        output.WriteLine("| Mã / Id | Tiêu chí / Indicator | Điểm / Points | Tối đa / Max |");
        output.WriteLine("|---|---|---:|---:|");
        foreach (var group in card.Groups)
        {
            output.WriteLine($"| **{group.Group.Id}** | **{Escape(group.Group.Title.Vi)}** | **{Figures.Format(group.Points)}** | **{Figures.Format(group.Group.MaxPoints)}** |");
            foreach (var indicator in group.Criteria.SelectMany(c => c.Indicators)) Row(indicator, output);
        }

        foreach (var indicator in card.BonusIndicators) Row(indicator, output);
        output.WriteLine();
        output.WriteLine("### Giải trình / Explanations");
        output.WriteLine();
        foreach (var indicator in card.Indicators)
        {
            output.WriteLine($"- **{indicator.Indicator.Id}** {Escape(indicator.Explanation.Vi)}");
            output.WriteLine($"  <br>{Escape(indicator.Explanation.En)}");
        }

        output.WriteLine();
    }

    private static void Row(IndicatorScore indicator, TextWriter output) =>
        output.WriteLine($"| {indicator.Indicator.Id} | {Escape(indicator.Indicator.Title.Vi)} | {Figures.Format(indicator.Points)} | {Figures.Format(indicator.Indicator.MaxPoints)} |");

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
