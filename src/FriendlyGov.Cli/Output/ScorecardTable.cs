using FriendlyGov.Domain;
using FriendlyGov.Domain.Evidence;
using FriendlyGov.Domain.Scoring;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace FriendlyGov.Cli.Output;

/// <summary>Writes scorecards and a ranking as plain-text tables, with Vietnamese names intact.</summary>
internal static class ScorecardTable
{
    public static void Write(IReadOnlyList<Scorecard> cards, Ranking? ranking, TextWriter output, int width)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = width;
        foreach (var card in cards) console.Write(Render(card));
        if (ranking is not null) console.Write(Render(ranking));
    }

    private static Rows Render(Scorecard card)
    {
        var table = new Table { Border = TableBorder.Simple, Expand = false };
        table.Title = new TableTitle(Markup.Escape($"{card.Unit.Name} ({card.Unit.Code}) · {card.Framework.Id} · {card.Period}"));
        table.AddColumn("Mã / Id");
        table.AddColumn("Tiêu chí / Indicator");
        table.AddColumn(new TableColumn("Điểm / Points").RightAligned());
        table.AddColumn(new TableColumn("Tối đa / Max").RightAligned());
        table.AddColumn("Nguồn / Source");
        foreach (var group in card.Groups)
        {
            table.AddRow(Cell(group.Group.Id), Cell(group.Group.Title.Vi), Cell(Figures.Format(group.Points)), Cell(Figures.Format(group.Group.MaxPoints)), Cell(string.Empty));
            foreach (var indicator in group.Criteria.SelectMany(c => c.Indicators)) AddIndicator(table, indicator);
        }

        foreach (var indicator in card.BonusIndicators) AddIndicator(table, indicator);
        table.AddEmptyRow();
        table.AddRow(Cell(string.Empty), Cell("Điểm thưởng / Bonus"), Cell(Figures.Format(card.Bonus)), Cell(Figures.Format(card.Framework.BonusMaxPoints)), Cell(string.Empty));
        table.AddRow(Cell(string.Empty), Cell("Tổng điểm / Total"), Cell(Figures.Format(card.Total)), Cell(Figures.Format(card.Framework.MaxPoints)), Cell(string.Empty));
        table.AddRow(Cell(string.Empty), Cell($"Xếp loại / Rating: {card.Rating.Title.Vi} ({card.Rating.Code})"), Cell(string.Empty), Cell(string.Empty), Cell(string.Empty));

        var lines = new List<IRenderable> { table };
        foreach (var cap in card.Caps)
            lines.Add(Line($"Giới hạn / Cap {cap.Cap.Id} → {cap.Cap.MaxRating}: {cap.Reason.Vi} / {cap.Reason.En}"));
        var missing = card.Missing.ToList();
        if (missing.Count > 0) lines.Add(Line($"Thiếu minh chứng / Missing evidence: {string.Join(", ", missing)}"));
        lines.Add(Text.NewLine);
        return new Rows(lines);
    }

    private static void AddIndicator(Table table, IndicatorScore indicator)
    {
        var source = indicator.Source switch
        {
            EvidenceSource.Appraisal when indicator.Difference is { } d && d != 0 => $"thẩm định / appraised ({(d > 0 ? "+" : string.Empty)}{Figures.Format(d)})",
            EvidenceSource.Appraisal => "thẩm định / appraised",
            EvidenceSource.Self => "tự đánh giá / self",
            EvidenceSource.Derived => "ứng xử / conduct",
            _ => "thiếu / missing",
        };
        table.AddRow(Cell("  " + indicator.Indicator.Id), Cell(indicator.Indicator.Title.Vi), Cell(Figures.Format(indicator.Points)), Cell(Figures.Format(indicator.Indicator.MaxPoints)), Cell(source));
    }

    private static Table Render(Ranking ranking)
    {
        var table = new Table { Border = TableBorder.Simple, Title = new TableTitle("Xếp hạng / Ranking") };
        table.AddColumn(new TableColumn("Hạng / Rank").RightAligned());
        table.AddColumn("Mã / Code");
        table.AddColumn("Đơn vị / Unit");
        table.AddColumn(new TableColumn("Tổng / Total").RightAligned());
        table.AddColumn("Xếp loại / Rating");
        foreach (var entry in ranking.Entries)
        {
            var card = entry.Scorecard;
            table.AddRow(Cell(entry.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture)), Cell(card.Unit.Code), Cell(card.Unit.Name), Cell(Figures.Format(card.Total)), Cell($"{card.Rating.Title.Vi} ({card.Rating.Code})"));
        }

        return table;
    }

    private static Text Cell(string text) => new(text);

    private static Paragraph Line(string text) => new Paragraph(text);
}
