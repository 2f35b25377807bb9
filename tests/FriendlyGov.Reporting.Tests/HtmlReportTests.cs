using System.Text.RegularExpressions;

namespace FriendlyGov.Reporting.Tests;

/// <summary><see cref="HtmlReport"/>: self-contained, escaped, bilingual, printable pages with inline SVG charts.</summary>
public sealed class HtmlReportTests
{
    private static readonly string UnitPage = ReportData.Html(ScorecardReport.From(ReportData.Capped()));
    private static readonly string RankingPage = ReportData.Html(ReportData.Ranking());

    public static TheoryData<string> Pages() => ["unit", "ranking"];

    private static string Page(string name) => name == "unit" ? UnitPage : RankingPage;

    [Theory]
    [MemberData(nameof(Pages))]
    public void A_page_is_vietnamese_utf8_printable_and_needs_nothing_from_elsewhere(string name)
    {
        var page = Page(name);

        page.Should().StartWith("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n");
        page.Should().Contain("@media print").And.Contain("@page").And.Contain("<svg class=\"chart\"");
        page.Should().NotContainEquivalentOf("<script", "a report runs no script (the unit's name is escaped)");
        page.Should().NotContainEquivalentOf("http", "a report loads nothing from the network");
        page.Should().NotContain("url(").And.NotContain("@import").And.NotContain("<img").And.NotContain("<link");
        page.Should().EndWith("</html>\n");
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void A_unit_name_with_markup_comes_out_escaped(string name)
    {
        Page(name).Should().Contain("Phường &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co");
    }

    /// <summary>
    /// Xã Bình Lộc was formed from 3 units, 2 of them with 2024 results of 100 and 96: mean 98,
    /// best 100, worst 96. A unit with no entry shows a dash; without predecessors, no column.
    /// </summary>
    [Fact]
    public void The_ranking_shows_each_units_predecessors_results_beside_it_when_given()
    {
        var plain = ReportData.Ranking();
        var page = ReportData.Html(plain.WithPredecessors(new Dictionary<string, PredecessorResults> { ["26089"] = new("2024", 3, 2, 98m, 100m, 96m) }));

        page.Should().Contain("<th class=\"num\">2024, các đơn vị hình thành nên / <span class=\"en\">2024, units it was formed from</span></th>");
        var row = page[page.IndexOf("<td class=\"code\">26089</td>", StringComparison.Ordinal)..];
        row[..row.IndexOf("</tr>", StringComparison.Ordinal)].Should().EndWith(
            "<td class=\"num\">TB / <span class=\"en\">mean</span> 98 (2/3), cao / <span class=\"en\">best</span> 100, thấp / <span class=\"en\">worst</span> 96</td>");
        page.Should().Contain("<td class=\"num\">—</td>", "a unit without predecessors' results shows a dash");
        RankingPage.Should().NotContain("units it was formed from");
    }

    [Fact]
    public void A_unit_whose_predecessors_have_no_results_says_so_with_their_count()
    {
        var page = ReportData.Html(ReportData.Ranking().WithPredecessors(new Dictionary<string, PredecessorResults> { ["26116"] = PredecessorResults.NoResults("2024", 2) }));

        var row = page[page.IndexOf("<td class=\"code\">26116</td>", StringComparison.Ordinal)..];
        row[..row.IndexOf("</tr>", StringComparison.Ordinal)].Should().EndWith("<td class=\"num\">chưa có kết quả / <span class=\"en\">no results</span> (0/2)</td>");
    }

    [Fact]
    public void The_group_chart_draws_points_against_the_maximum()
    {
        // G1: 12 of 20 = 60% of its frame; G2: 0 of 10 = 0%.
        Bar(UnitPage, "G1: 12 / 20").Should().Be("60%");
        Bar(UnitPage, "G2: 0 / 10").Should().Be("0%");
    }

    [Fact]
    public void The_ranking_chart_draws_totals_in_rank_order_against_the_framework_maximum()
    {
        // The scale is 30 + 5 bonus = 35: 30 / 35 = 85.714…% → 85.71%; 20 / 35 = 57.142…% → 57.14%;
        // 14.5 / 35 = 41.428…% → 41.43%.
        Bar(RankingPage, "1. Xã Bình Lộc: 30 / 35").Should().Be("85.71%");
        Bar(RankingPage, "2. Thị trấn Tân Phú: 20 / 35").Should().Be("57.14%");
        Bar(RankingPage, "2. Xã Tà Lài: 20 / 35").Should().Be("57.14%");
        Bar(RankingPage, "4. Phường &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co: 14.5 / 35").Should().Be("41.43%");
        RankingPage.IndexOf("1. Xã Bình Lộc", StringComparison.Ordinal).Should().BeLessThan(RankingPage.IndexOf("2. Thị trấn Tân Phú", StringComparison.Ordinal));
    }

    [Fact]
    public void A_unit_page_shows_each_indicators_points_maximum_and_explanation_in_both_languages()
    {
        var card = ReportData.Capped();

        // G1.1.2: 4 of 12 count (appraised 4, self-assessed 5).
        UnitPage.Should().Contain("<td class=\"code\">G1.1.2</td><td>Điểm do hội đồng chấm<br><span class=\"en\">Points awarded by the council</span></td><td class=\"num\"><strong>4</strong></td><td class=\"num\">12</td><td class=\"num\">5</td><td class=\"num\">4</td><td class=\"num\">-1</td></tr>");
        foreach (var indicator in card.Indicators)
        {
            UnitPage.Should().Contain(Escaped(indicator.Explanation.Vi));
            UnitPage.Should().Contain(Escaped(indicator.Explanation.En));
        }
    }

    [Fact]
    public void A_unit_page_shows_the_summary_caps_with_titles_and_missing_evidence()
    {
        UnitPage.Should().Contain("<strong>14.5</strong> / 30 (+5 thưởng");
        UnitPage.Should().Contain("<strong>Chưa đạt / <span class=\"en\" lang=\"en\">Unsatisfactory</span></strong>");
        UnitPage.Should().Contain("Xếp loại theo điểm, trước giới hạn").And.Contain("Tốt / <span class=\"en\" lang=\"en\">Good</span>");
        UnitPage.Should().Contain("<strong>C1</strong> Nhóm dưới một nửa / <span class=\"en\" lang=\"en\">A group below half</span>");
        UnitPage.Should().Contain("<li><span class=\"code\">G2.1.1</span> Có hòm thư góp ý / <span class=\"en\" lang=\"en\">A suggestion box</span></li>");
    }

    [Fact]
    public void The_ranking_page_links_each_unit_to_its_page()
    {
        RankingPage.Should().Contain("<td><a href=\"units/26089.html\">Xã Bình Lộc</a></td><td class=\"num\">30</td>");
        RankingPage.Should().Contain("<a href=\"units/25996.html\">");
    }

    [Fact]
    public void The_same_report_gives_the_same_bytes()
    {
        ReportData.Html(ScorecardReport.From(ReportData.Capped())).Should().Be(UnitPage);
        ReportData.Html(ReportData.Ranking()).Should().Be(RankingPage);
    }

    private static string Escaped(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal)
            .Replace("\"", "&quot;", StringComparison.Ordinal).Replace("'", "&#39;", StringComparison.Ordinal);

    /// <summary>The width of the points bar in the chart row whose tooltip is <paramref name="title"/>.</summary>
    private static string Bar(string page, string title)
    {
        var match = Regex.Match(page, "<g class=\"bar\"><title>" + Regex.Escape(title) + "</title>\n.*?<rect class=\"points\" x=\"0\" y=\"0\" width=\"([^\"]+)\"", RegexOptions.Singleline);
        match.Success.Should().BeTrue($"the chart has a bar '{title}'");
        return match.Groups[1].Value;
    }
}
