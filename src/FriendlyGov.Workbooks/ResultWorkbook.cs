using FriendlyGov.Domain;
using FriendlyGov.Reporting;
using FriendlyGov.Workbooks.Xlsx;

namespace FriendlyGov.Workbooks;

/// <summary>
/// A round's ranking and a unit's scorecard as workbooks (<c>.xlsx</c>) for the province's staff:
/// bilingual headers, figures as numbers shown with the framework's decimals, the header rows
/// frozen and the columns as wide as their contents. Texts are written as texts, never as
/// formulas, so a unit name starting with <c>=</c> cannot run as one.
/// </summary>
public static class ResultWorkbook
{
    /// <summary>
    /// Writes the ranking: one row per unit, best first. A ranking with predecessors' results
    /// (<see cref="RankingReport.WithPredecessors"/>) has six more columns at the end: the earlier
    /// period, how many units the unit was formed from, how many of them have a result, and the
    /// mean, best and worst of their totals; empty for a unit without, the figures empty where none
    /// has a result.
    /// </summary>
    /// <param name="ranking">The ranking.</param>
    /// <param name="output">Where the <c>.xlsx</c> bytes go; left open.</param>
    public static void Write(RankingReport ranking, Stream output)
    {
        Guard.Against.Null(ranking);
        var decimals = ranking.Entries[0].Scorecard.Decimals;
        var sheet = new SheetBuilder("ranking") { FrozenRows = 3, FrozenColumns = 3 };
        sheet.Set(1, 1, $"Xếp hạng / Ranking · {ranking.FrameworkTitle.Vi} / {ranking.FrameworkTitle.En}", CellStyle.Title);
        sheet.Set(2, 1, $"{ranking.FrameworkId} · {ranking.Period} · tối đa / max {Figures.Format(ranking.MaxPoints)} + {Figures.Format(ranking.BonusMaxPoints)}");
        Header(sheet, 3, "Hạng / Rank", "Mã / Code", "Đơn vị / Unit", "Tổng điểm / Total", "Điểm thưởng / Bonus", "Xếp loại", "Rating", "Giới hạn / Caps", "Thiếu / Missing");
        var withPredecessors = ranking.Predecessors.Count > 0;
        if (withPredecessors)
            Header(sheet, 3, 10, "Các đơn vị hình thành nên: kỳ / Units it was formed from: period", "Số đơn vị / Units", "Có kết quả / With results", "TB / Mean", "Cao nhất / Best", "Thấp nhất / Worst");
        var row = 4;
        foreach (var entry in ranking.Entries)
        {
            var card = entry.Scorecard;
            sheet.Set(row, 1, (decimal)entry.Rank, CellStyle.Decimals0);
            sheet.Set(row, 2, card.UnitCode, CellStyle.Text);
            sheet.Set(row, 3, card.UnitName, CellStyle.Text);
            sheet.Set(row, 4, card.Total, Figure(decimals));
            sheet.Set(row, 5, card.Bonus, Figure(decimals));
            sheet.Set(row, 6, card.Rating.Title.Vi, CellStyle.Text);
            sheet.Set(row, 7, card.Rating.Title.En, CellStyle.Text);
            sheet.Set(row, 8, string.Join(", ", card.Caps.Select(c => c.Id)), CellStyle.Text);
            sheet.Set(row, 9, (decimal)card.Missing.Count(), CellStyle.Decimals0);
            if (withPredecessors && ranking.Predecessors.GetValueOrDefault(card.UnitCode) is { } earlier)
            {
                sheet.Set(row, 10, earlier.Period, CellStyle.Text);
                sheet.Set(row, 11, (decimal)earlier.Predecessors, CellStyle.Decimals0);
                sheet.Set(row, 12, (decimal)earlier.WithResults, CellStyle.Decimals0);
                if (earlier.MeanTotal is { } mean) sheet.Set(row, 13, mean, Figure(Math.Max(decimals, 2)));
                if (earlier.BestTotal is { } best) sheet.Set(row, 14, best, Figure(decimals));
                if (earlier.WorstTotal is { } worst) sheet.Set(row, 15, worst, Figure(decimals));
            }

            row++;
        }

        sheet.FitWidths();
        sheet.Width(1, 12);
        WorkbookPackage.Write(output, [sheet]);
    }

    /// <summary>
    /// Writes a unit's scorecard: one row per indicator with its points, maximum, the
    /// self-assessed and appraised points and their difference (where known: a finalized snapshot
    /// does not keep them apart), and the explanation in both languages; then the caps that applied.
    /// </summary>
    /// <param name="card">The scorecard.</param>
    /// <param name="output">Where the <c>.xlsx</c> bytes go; left open.</param>
    public static void Write(ScorecardReport card, Stream output)
    {
        Guard.Against.Null(card);
        var figure = Figure(card.Decimals);
        var sheet = new SheetBuilder(card.UnitCode) { FrozenRows = 3, FrozenColumns = 1 };
        sheet.Set(1, 1, $"{card.UnitCode} {card.UnitName} · {card.FrameworkTitle.Vi} / {card.FrameworkTitle.En}", CellStyle.Title);
        sheet.Set(2, 1, $"{card.FrameworkId} · {card.Period} · {Figures.Format(card.Total)} / {Figures.Format(card.MaxPoints)} · {card.Rating.Title.Vi} / {card.Rating.Title.En}");
        Header(sheet, 3, "Mã / Id", "Tiêu chí thành phần", "Indicator", "Tối đa / Max", "Tự đánh giá / Self", "Thẩm định / Appraised", "Chênh lệch / Difference", "Điểm / Points", "Giải thích", "Explanation");
        var row = 4;
        foreach (var indicator in card.Indicators)
        {
            sheet.Set(row, 1, indicator.Id, CellStyle.Text);
            sheet.Set(row, 2, indicator.Title.Vi, CellStyle.Text);
            sheet.Set(row, 3, indicator.Title.En, CellStyle.Text);
            sheet.Set(row, 4, indicator.MaxPoints, figure);
            if (indicator.SelfAssessedPoints is { } self) sheet.Set(row, 5, self, figure);
            if (indicator.AppraisedPoints is { } appraised) sheet.Set(row, 6, appraised, figure);
            if (indicator.SelfAssessedPoints is { } s && indicator.AppraisedPoints is { } a) sheet.Set(row, 7, a - s, figure);
            sheet.Set(row, 8, indicator.Points, figure);
            sheet.Set(row, 9, indicator.Explanation.Vi, CellStyle.Text);
            sheet.Set(row, 10, indicator.Explanation.En, CellStyle.Text);
            row++;
        }

        sheet.Set(row, 1, "Tổng / Total", CellStyle.Header);
        sheet.Set(row, 4, card.MaxPoints + card.BonusMaxPoints, figure);
        sheet.Set(row, 8, card.Total, figure);
        row += 2;
        if (card.Caps.Count > 0) Header(sheet, row++, "Giới hạn / Cap", "Tên", "Title", "Xếp loại tối đa / Highest rating", string.Empty, string.Empty, string.Empty, string.Empty, "Lý do", "Reason");
        foreach (var cap in card.Caps)
        {
            sheet.Set(row, 1, cap.Id, CellStyle.Text);
            sheet.Set(row, 2, cap.Title.Vi, CellStyle.Text);
            sheet.Set(row, 3, cap.Title.En, CellStyle.Text);
            sheet.Set(row, 4, $"{cap.MaxRating.Title.Vi} / {cap.MaxRating.Title.En}", CellStyle.Text);
            if (cap.Reason is { } reason)
            {
                sheet.Set(row, 9, reason.Vi, CellStyle.Text);
                sheet.Set(row, 10, reason.En, CellStyle.Text);
            }

            row++;
        }

        sheet.FitWidths();
        sheet.Width(1, 14);
        sheet.Width(2, 48);
        sheet.Width(3, 48);
        sheet.Width(9, 70);
        sheet.Width(10, 70);
        WorkbookPackage.Write(output, [sheet]);
    }

    private static CellStyle Figure(int decimals) => CellStyle.Decimals0 + Math.Clamp(decimals, 0, 6);

    private static void Header(SheetBuilder sheet, int row, params string[] titles) => Header(sheet, row, 1, titles);

    private static void Header(SheetBuilder sheet, int row, int column, params string[] titles)
    {
        for (var c = 0; c < titles.Length; c++) sheet.Set(row, column + c, titles[c], CellStyle.Header);
    }
}
