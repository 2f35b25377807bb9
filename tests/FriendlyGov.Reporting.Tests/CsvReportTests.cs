using System.Globalization;

namespace FriendlyGov.Reporting.Tests;

/// <summary><see cref="CsvReport"/>: RFC 4180 rows, invariant figures, formulas neutralized.</summary>
public sealed class CsvReportTests
{
    [Fact]
    public void A_ranking_is_one_row_per_unit_best_first_with_crlf_line_ends()
    {
        var csv = ReportData.Written(w => CsvReport.Write(ReportData.Ranking(), w));

        csv.Should().Be(
            "rank,unit_code,unit_name,total,rating,rating_vi,rating_en\r\n" +
            "1,26089,Xã Bình Lộc,30,excellent,Xuất sắc,Excellent\r\n" +
            "2,26116,Thị trấn Tân Phú,20,excellent,Xuất sắc,Excellent\r\n" +
            "2,26131,Xã Tà Lài,20,excellent,Xuất sắc,Excellent\r\n" +
            "4,25996,Phường <script>alert(1)</script> & Co,14.5,poor,Chưa đạt,Unsatisfactory\r\n");
    }

    /// <summary>
    /// Xã Bình Lộc (26089) was formed from 3 units that scored 80.5, 90 and 70.25 in 2024: mean
    /// 240.75 / 3 = 80.25, best 90, worst 70.25. Thị trấn Tân Phú (26116) from 2 units, neither
    /// assessed: 0 with results and no figures. The other two have none recorded: empty cells.
    /// </summary>
    [Fact]
    public void A_ranking_with_predecessors_results_adds_their_columns_at_the_end()
    {
        var csv = ReportData.Written(w => CsvReport.Write(WithPredecessors(), w));

        csv.Should().Be(
            "rank,unit_code,unit_name,total,rating,rating_vi,rating_en," +
            "predecessors_period,predecessors,predecessors_with_results,predecessors_mean_total,predecessors_best_total,predecessors_worst_total\r\n" +
            "1,26089,Xã Bình Lộc,30,excellent,Xuất sắc,Excellent,2024,3,3,80.25,90,70.25\r\n" +
            "2,26116,Thị trấn Tân Phú,20,excellent,Xuất sắc,Excellent,2024,2,0,,,\r\n" +
            "2,26131,Xã Tà Lài,20,excellent,Xuất sắc,Excellent,,,,,,\r\n" +
            "4,25996,Phường <script>alert(1)</script> & Co,14.5,poor,Chưa đạt,Unsatisfactory,,,,,,\r\n");
    }

    [Fact]
    public void A_reader_of_the_first_seven_columns_reads_the_same_with_or_without_predecessors()
    {
        // No name in the test ranking has a comma, so splitting at commas finds the columns.
        static List<string> FirstSeven(RankingReport ranking) =>
            [.. ReportData.Written(w => CsvReport.Write(ranking, w)).Split("\r\n").Select(line => string.Join(',', line.Split(',').Take(7)))];

        FirstSeven(WithPredecessors()).Should().Equal(FirstSeven(ReportData.Ranking()));
    }

    [Fact]
    public void Figures_are_invariant_whatever_the_culture()
    {
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("vi-VN");
            var csv = ReportData.Written(w => CsvReport.Write(ReportData.Ranking(), w));

            csv.Should().Contain(",14.5,poor,");
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void A_unit_is_one_row_per_indicator_with_self_assessed_appraised_and_missing()
    {
        var report = ScorecardReport.From(ReportData.Capped());
        var csv = ReportData.Written(w => CsvReport.Write(report, w));
        var rows = csv.Split("\r\n");

        rows[0].Should().Be("group,criterion,indicator,title_vi,title_en,points,max_points,self_assessed_points,appraised_points,missing,explanation_vi,explanation_en");
        // G1.1.1 met: 8 of 8, self-assessed only; G1.1.2: 4 of 12 (self 5, appraised 4);
        // G2.1.1 missing: 0 of 10; B1: 2.5 of 5.
        rows[1].Should().StartWith("G1,G1.1,G1.1.1,Niêm yết thủ tục,Procedures posted,8,8,8,,no,");
        rows[2].Should().StartWith("G1,G1.1,G1.1.2,Điểm do hội đồng chấm,Points awarded by the council,4,12,5,4,no,");
        rows[3].Should().StartWith("G2,G2.1,G2.1.1,Có hòm thư góp ý,A suggestion box,0,10,,,yes,");
        rows[4].Should().StartWith("bonus,,B1,Sáng kiến,Initiatives,2.5,5,2.5,,no,");
        rows[5].Should().BeEmpty("the last row ends with CRLF too");
        rows.Should().HaveCount(6);
        var explanation = report.Indicators.Single(i => i.Id == "G1.1.2").Explanation;
        rows[2].Should().EndWith($",{Field(explanation.Vi)},{Field(explanation.En)}");
    }

    [Fact]
    public void A_cell_a_spreadsheet_would_run_as_a_formula_is_neutralized_and_quoted_where_needed()
    {
        var card = ReportData.SelfOnly("26116", "=HYPERLINK(\"x\",\"y\")");
        var csv = ReportData.Written(w => CsvReport.Write(RankingReport.Of([ScorecardReport.From(card)]), w));

        // The quote goes first, then RFC 4180 doubles the quotes and wraps the field for its commas.
        csv.Split("\r\n")[1].Should().Be("1,26116,\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\",0,poor,Chưa đạt,Unsatisfactory");
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+84 912", "'+84 912")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("\rcmd", "'\rcmd")]
    [InlineData("Xã Tà Lài", "Xã Tà Lài")]
    [InlineData("a=b", "a=b")]
    [InlineData("", "")]
    public void Text_that_begins_like_a_formula_gets_a_single_quote(string text, string expected)
    {
        CsvReport.Neutralize(text).Should().Be(expected);
    }

    [Theory]
    [InlineData("Xã \"Bình\", Lộc", "\"Xã \"\"Bình\"\", Lộc\"")]
    [InlineData("line\nbreak", "\"line\nbreak\"")]
    [InlineData("-1", "'-1")]
    [InlineData("plain", "plain")]
    public void Fields_are_quoted_as_rfc_4180_says(string text, string expected)
    {
        CsvReport.Text(text).Should().Be(expected);
    }

    private static string Field(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>The test ranking with predecessors' results for two units: see <see cref="A_ranking_with_predecessors_results_adds_their_columns_at_the_end"/>.</summary>
    private static RankingReport WithPredecessors() => ReportData.Ranking().WithPredecessors(new Dictionary<string, PredecessorResults>
    {
        ["26089"] = new("2024", 3, 3, 80.25m, 90m, 70.25m),
        ["26116"] = PredecessorResults.NoResults("2024", 2),
    });
}
