using System.Globalization;
using System.Text;
using FriendlyGov.Domain;

namespace FriendlyGov.Reporting;

/// <summary>
/// Writes scorecards and rankings as self-contained HTML pages: bilingual (Vietnamese first, then
/// English), printable on A4 and readable in black and white, with inline SVG bar charts.
/// </summary>
/// <remarks>
/// A page needs nothing but itself: its CSS and charts are inline, and it has no script and no
/// link, font or image from elsewhere, so it opens offline and can be mailed or archived as one
/// file. Every text from a framework or a unit is HTML-escaped. The same report always gives the
/// same bytes: no date, no random id, lines ended by <c>\n</c> on every platform. Write it to a
/// UTF-8 writer: the page declares <c>charset="utf-8"</c>.
/// </remarks>
public static class HtmlReport
{
    private const string Style = """
        :root { color: #000; background: #fff; }
        body { font-family: "Noto Sans", "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 14px; line-height: 1.4; margin: 24px auto; max-width: 1100px; padding: 0 16px; }
        h1 { font-size: 26px; margin: 4px 0 12px; }
        h2 { font-size: 19px; margin: 24px 0 8px; border-bottom: 2px solid #000; padding-bottom: 2px; }
        .kicker { text-transform: uppercase; letter-spacing: 0.05em; font-size: 12px; margin: 0; }
        .en { color: #444; font-style: italic; }
        .code { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; font-weight: normal; }
        dl.summary { display: grid; grid-template-columns: minmax(9em, 15em) 1fr; gap: 4px 16px; margin: 0; }
        dl.summary dt { font-weight: bold; }
        dl.summary dd { margin: 0; }
        table { border-collapse: collapse; width: 100%; }
        th, td { border: 1px solid #000; padding: 4px 6px; text-align: left; vertical-align: top; }
        thead th { background: #e8e8e8; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        td.num { white-space: nowrap; }
        th.num { width: 6.5em; }
        th:first-child { width: 4.5em; }
        tr.criterion th, tr.criterion td { background: #f4f4f4; }
        tr.explanation td { font-size: 12px; border-top: none; }
        tr.explanation p { margin: 0 0 2px; }
        tr.indicator td { border-bottom: none; }
        .badge { display: inline-block; border: 1px solid #000; border-radius: 3px; padding: 0 4px; font-size: 11px; font-weight: bold; }
        svg.chart { display: block; max-width: 100%; height: auto; }
        svg.chart text { font-size: 13px; fill: #000; }
        svg.chart rect.max { fill: #fff; }
        svg.chart rect.frame { fill: none; stroke: #000; stroke-width: 2; }
        svg.chart rect.points { fill: #555; }
        a { color: #000; }
        footer { margin-top: 32px; font-size: 12px; border-top: 1px solid #000; padding-top: 4px; }
        @page { size: A4; margin: 14mm; }
        @media print {
          body { margin: 0; max-width: none; font-size: 10.5pt; }
          h2 { break-after: avoid; }
          section.chart, tr, li { break-inside: avoid; }
          section.group { break-before: page; }
          section.table { break-before: page; }
          thead { display: table-header-group; }
          a { text-decoration: none; }
          thead th, tr.criterion th, tr.criterion td { background: none; }
        }
        """;

    /// <summary>
    /// Writes one unit's scorecard: the summary, the caps that applied, the missing evidence, a
    /// chart of points against the maximum per group, and per group a table of every indicator's
    /// points, maximum, self-assessed and appraised points and explanation in both languages.
    /// </summary>
    /// <param name="card">The scorecard.</param>
    /// <param name="output">Where to write; UTF-8.</param>
    public static void Write(ScorecardReport card, TextWriter output)
    {
        Guard.Against.Null(card);
        Guard.Against.Null(output);
        var html = new StringBuilder();
        Open(html, $"{card.UnitName} ({card.UnitCode}): Phiếu điểm / Scorecard {card.Period}", "Phiếu điểm chính quyền thân thiện", "Friendly Government scorecard");
        html.Append("<h1>").Append(E(card.UnitName)).Append(" <span class=\"code\">").Append(E(card.UnitCode)).Append("</span></h1>\n");
        html.Append("<dl class=\"summary\">\n");
        Framework(html, card.FrameworkId, card.FrameworkTitle, card.Period);
        Term(html, "Tổng điểm", "Total", $"<strong>{F(card.Total)}</strong> / {F(card.MaxPoints)}" + (card.BonusMaxPoints > 0 ? $" (+{F(card.BonusMaxPoints)} thưởng / <span class=\"en\">bonus</span>)" : string.Empty));
        if (card.BonusMaxPoints > 0) Term(html, "Điểm thưởng", "Bonus", $"{F(card.Bonus)} / {F(card.BonusMaxPoints)}");
        Term(html, "Xếp loại", "Rating", $"<strong>{Both(card.Rating.Title)}</strong>");
        if (card.BandRating.Code != card.Rating.Code) Term(html, "Xếp loại theo điểm, trước giới hạn", "Rating by points, before caps", Both(card.BandRating.Title));
        html.Append("</dl>\n</header>\n");
        if (!card.DetailsKept)
        {
            html.Append("<p class=\"not-kept\">Phiếu điểm này được lưu trước khi thư viện ghi lại điểm tự đánh giá, điểm thẩm định và lý do giới hạn xếp loại, nên không có các số liệu đó. / ");
            html.Append("<span class=\"en\">This scorecard was kept before FriendlyGov recorded self-assessed and appraised points and the reasons of caps, so those figures are not kept.</span></p>\n");
        }

        if (card.Caps.Count > 0)
        {
            Heading(html, "caps", "Giới hạn xếp loại", "Caps that apply");
            html.Append("<ul>\n");
            foreach (var cap in card.Caps)
            {
                html.Append("<li><strong>").Append(E(cap.Id)).Append("</strong> ").Append(Both(cap.Title));
                html.Append(": tối đa / <span class=\"en\">at most</span> ").Append(Both(cap.MaxRating.Title));
                if (cap.Reason is { } reason) html.Append("<br>").Append(E(reason.Vi)).Append("<br><span class=\"en\">").Append(E(reason.En)).Append("</span>");
                html.Append("</li>\n");
            }

            html.Append("</ul>\n</section>\n");
        }

        var missing = card.Indicators.Where(i => i.IsMissing).ToList();
        if (missing.Count > 0)
        {
            Heading(html, "missing", "Thiếu minh chứng", "Missing evidence");
            html.Append("<p>Các tiêu chí sau không có minh chứng nên được 0 điểm. / <span class=\"en\">These indicators have no evidence, so they score 0.</span></p>\n<ul>\n");
            foreach (var indicator in missing)
                html.Append("<li><span class=\"code\">").Append(E(indicator.Id)).Append("</span> ").Append(Both(indicator.Title)).Append("</li>\n");
            html.Append("</ul>\n</section>\n");
        }

        Heading(html, "chart", "Điểm theo nhóm tiêu chí", "Points per group against the maximum");
        SvgCharts.BarChart(
            html,
            "Điểm theo nhóm tiêu chí / Points per group against the maximum",
            [.. card.Groups.Select(g => new SvgCharts.Bar(g.Id, $"{F(g.Points)} / {F(g.MaxPoints)}", g.Points, g.MaxPoints))],
            labelWidth: 60,
            barWidth: 480);
        html.Append("<ul class=\"legend\">\n");
        foreach (var group in card.Groups)
            html.Append("<li><span class=\"code\">").Append(E(group.Id)).Append("</span> ").Append(Both(group.Title)).Append("</li>\n");
        html.Append("</ul>\n</section>\n");

        foreach (var group in card.Groups)
        {
            html.Append("<section class=\"group\">\n<h2>").Append(E(group.Id)).Append(' ').Append(Both(group.Title));
            html.Append(": ").Append(F(group.Points)).Append(" / ").Append(F(group.MaxPoints)).Append("</h2>\n");
            IndicatorTable(html, group.Criteria.Select(c => (c.Id, (LocalizedText?)c.Title, (decimal?)c.Points, c.MaxPoints, c.Indicators)));
            html.Append("</section>\n");
        }

        if (card.BonusIndicators.Count > 0)
        {
            html.Append("<section class=\"group\">\n<h2>Điểm thưởng / <span class=\"en\">Bonus</span>: ").Append(F(card.Bonus)).Append(" / ").Append(F(card.BonusMaxPoints)).Append("</h2>\n");
            IndicatorTable(html, [(string.Empty, null, null, card.BonusMaxPoints, card.BonusIndicators)]);
            html.Append("</section>\n");
        }

        Close(html, card.FrameworkId, card.Period);
        output.Write(html.ToString());
    }

    /// <summary>
    /// Writes a ranking: a chart of the units' totals in rank order and a table of ranks, units,
    /// totals and ratings. Each unit's name links to <c>units/CODE.html</c>, where
    /// <see cref="ReportFolder"/> writes its scorecard.
    /// </summary>
    /// <param name="ranking">The ranking.</param>
    /// <param name="output">Where to write; UTF-8.</param>
    public static void Write(RankingReport ranking, TextWriter output)
    {
        Guard.Against.Null(ranking);
        Guard.Against.Null(output);
        var html = new StringBuilder();
        Open(html, $"Xếp hạng / Ranking {ranking.Period}: {ranking.FrameworkTitle.Vi}", "Xếp hạng chính quyền thân thiện", "Friendly Government ranking");
        html.Append("<h1>Xếp hạng / <span class=\"en\">Ranking</span> ").Append(E(ranking.Period)).Append("</h1>\n<dl class=\"summary\">\n");
        Framework(html, ranking.FrameworkId, ranking.FrameworkTitle, ranking.Period);
        Term(html, "Số đơn vị", "Units", ranking.Entries.Count.ToString(CultureInfo.InvariantCulture));
        Term(html, "Điểm tối đa", "Maximum", F(ranking.MaxPoints) + (ranking.BonusMaxPoints > 0 ? $" (+{F(ranking.BonusMaxPoints)} thưởng / <span class=\"en\">bonus</span>)" : string.Empty));
        html.Append("</dl>\n</header>\n");

        Heading(html, "chart", "Tổng điểm theo thứ hạng", "Totals in rank order");
        var scale = ranking.MaxPoints + ranking.BonusMaxPoints;
        SvgCharts.BarChart(
            html,
            "Tổng điểm theo thứ hạng / Totals in rank order",
            [.. ranking.Entries.Select(e => new SvgCharts.Bar($"{e.Rank}. {e.Scorecard.UnitName}", $"{F(e.Scorecard.Total)} / {F(scale)}", e.Scorecard.Total, scale))],
            labelWidth: 280,
            barWidth: 420);
        html.Append("</section>\n");

        Heading(html, "table", "Bảng xếp hạng", "Ranking table");
        html.Append("<table>\n<thead><tr><th class=\"num\">Hạng / <span class=\"en\">Rank</span></th><th>Mã / <span class=\"en\">Code</span></th><th>Đơn vị / <span class=\"en\">Unit</span></th>");
        html.Append("<th class=\"num\">Tổng / <span class=\"en\">Total</span></th><th>Xếp loại / <span class=\"en\">Rating</span></th><th>Giới hạn / <span class=\"en\">Caps</span></th><th>Thiếu minh chứng / <span class=\"en\">Missing</span></th>");
        var earlier = ranking.Predecessors.Values.Select(p => p.Period).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (earlier.Count > 0)
        {
            var period = E(string.Join(", ", earlier));
            html.Append("<th class=\"num\">").Append(period).Append(", các đơn vị hình thành nên / <span class=\"en\">").Append(period).Append(", units it was formed from</span></th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var entry in ranking.Entries)
        {
            var card = entry.Scorecard;
            html.Append("<tr><td class=\"num\">").Append(entry.Rank.ToString(CultureInfo.InvariantCulture)).Append("</td><td class=\"code\">").Append(E(card.UnitCode)).Append("</td>");
            html.Append("<td><a href=\"units/").Append(E(card.UnitCode)).Append(".html\">").Append(E(card.UnitName)).Append("</a></td>");
            html.Append("<td class=\"num\">").Append(F(card.Total)).Append("</td><td>").Append(Both(card.Rating.Title)).Append("</td>");
            html.Append("<td>").Append(E(string.Join(", ", card.Caps.Select(c => c.Id)))).Append("</td>");
            html.Append("<td class=\"num\">").Append(card.Missing.Count().ToString(CultureInfo.InvariantCulture)).Append("</td>");
            if (earlier.Count > 0) html.Append("<td class=\"num\">").Append(PredecessorResults.Describe(ranking.Predecessors.GetValueOrDefault(card.UnitCode), en => $"<span class=\"en\">{en}</span>")).Append("</td>");
            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
        Close(html, ranking.FrameworkId, ranking.Period);
        output.Write(html.ToString());
    }

    /// <summary>Opens the page: its head, with the inline style, and the start of its header.</summary>
    private static void Open(StringBuilder html, string title, string kickerVi, string kickerEn)
    {
        html.Append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<meta name=\"generator\" content=\"FriendlyGov.Reporting\">\n");
        html.Append("<title>").Append(E(title)).Append("</title>\n<style>\n").Append(Style.Replace("\r\n", "\n", StringComparison.Ordinal)).Append("\n</style>\n</head>\n<body>\n<main>\n");
        html.Append("<header>\n<p class=\"kicker\">").Append(kickerVi).Append(" / <span class=\"en\">").Append(kickerEn).Append("</span></p>\n");
    }

    private static void Close(StringBuilder html, string frameworkId, string period)
    {
        html.Append("</main>\n<footer>FriendlyGov · <span class=\"code\">").Append(E(frameworkId)).Append("</span> · ").Append(E(period));
        html.Append(" · Mọi điểm số đều có giải trình. / <span class=\"en\">Every figure is explained.</span></footer>\n</body>\n</html>\n");
    }

    private static void Framework(StringBuilder html, string id, LocalizedText title, string period)
    {
        Term(html, "Bộ tiêu chí", "Framework", $"{Both(title)} <span class=\"code\">{E(id)}</span>");
        Term(html, "Kỳ đánh giá", "Period", E(period));
    }

    private static void Term(StringBuilder html, string vi, string en, string valueHtml) =>
        html.Append("<dt>").Append(vi).Append(" / <span class=\"en\">").Append(en).Append("</span></dt><dd>").Append(valueHtml).Append("</dd>\n");

    private static void Heading(StringBuilder html, string section, string vi, string en) =>
        html.Append("<section class=\"").Append(section).Append("\">\n<h2>").Append(vi).Append(" / <span class=\"en\">").Append(en).Append("</span></h2>\n");

    private static void IndicatorTable(StringBuilder html, IEnumerable<(string Id, LocalizedText? Title, decimal? Points, decimal MaxPoints, IReadOnlyList<IndicatorReport> Indicators)> criteria)
    {
        html.Append("<table>\n<thead><tr><th>Mã / <span class=\"en\">Id</span></th><th>Tiêu chí / <span class=\"en\">Indicator</span></th>");
        html.Append("<th class=\"num\">Điểm / <span class=\"en\">Points</span></th><th class=\"num\">Tối đa / <span class=\"en\">Max</span></th>");
        html.Append("<th class=\"num\">Tự đánh giá / <span class=\"en\">Self</span></th><th class=\"num\">Thẩm định / <span class=\"en\">Appraised</span></th><th class=\"num\">Chênh lệch / <span class=\"en\">Difference</span></th></tr></thead>\n<tbody>\n");
        foreach (var criterion in criteria)
        {
            if (criterion.Title is { } title)
            {
                html.Append("<tr class=\"criterion\"><th class=\"code\">").Append(E(criterion.Id)).Append("</th><th>").Append(Both(title)).Append("</th>");
                html.Append("<td class=\"num\"><strong>").Append(F(criterion.Points ?? 0)).Append("</strong></td><td class=\"num\">").Append(F(criterion.MaxPoints)).Append("</td><td></td><td></td><td></td></tr>\n");
            }

            foreach (var indicator in criterion.Indicators)
            {
                html.Append("<tr class=\"indicator\"><td class=\"code\">").Append(E(indicator.Id)).Append("</td><td>").Append(E(indicator.Title.Vi)).Append("<br><span class=\"en\">").Append(E(indicator.Title.En)).Append("</span>");
                if (indicator.IsMissing) html.Append(" <span class=\"badge\">Thiếu minh chứng / missing evidence</span>");
                html.Append("</td><td class=\"num\"><strong>").Append(F(indicator.Points)).Append("</strong></td><td class=\"num\">").Append(F(indicator.MaxPoints)).Append("</td>");
                html.Append("<td class=\"num\">").Append(Optional(indicator.SelfAssessedPoints)).Append("</td><td class=\"num\">").Append(Optional(indicator.AppraisedPoints)).Append("</td><td class=\"num\">").Append(Signed(indicator.Difference)).Append("</td></tr>\n");
                html.Append("<tr class=\"explanation\"><td></td><td colspan=\"6\"><p>").Append(E(indicator.Explanation.Vi)).Append("</p><p class=\"en\" lang=\"en\">").Append(E(indicator.Explanation.En)).Append("</p></td></tr>\n");
            }
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static string Both(LocalizedText text) => $"{E(text.Vi)} / <span class=\"en\" lang=\"en\">{E(text.En)}</span>";

    private static string Optional(decimal? value) => value is { } v ? F(v) : string.Empty;

    private static string Signed(decimal? value) => value is { } v ? (v > 0 ? "+" : string.Empty) + F(v) : string.Empty;

    private static string F(decimal value) => Figures.Format(value);

    private static string E(string text) => Html.Escape(text);
}
