namespace FriendlyGov.Reporting.Tests;

/// <summary><see cref="MarkdownReport"/>: bilingual Markdown with tables.</summary>
public sealed class MarkdownReportTests
{
    [Fact]
    public void A_unit_is_a_summary_a_table_of_points_and_the_explanations()
    {
        var report = ScorecardReport.From(ReportData.Capped());
        var lines = ReportData.Written(w => MarkdownReport.Write(report, w)).Split('\n');

        lines.Should().StartWith(
        [
            "## Phường &lt;script>alert(1)&lt;/script> & Co (25996)",
            string.Empty,
            "- Bộ tiêu chí / Framework: `test-report@1`, Bộ tiêu chí thử",
            "- Kỳ đánh giá / Period: 2024",
            "- **Tổng điểm / Total: 14.5** / 30 (+5)",
            "- **Xếp loại / Rating: Chưa đạt / Unsatisfactory**",
        ]);
        lines.Should().Contain(l => l.StartsWith("- Giới hạn / Cap C1 (Nhóm dưới một nửa): ", StringComparison.Ordinal));
        lines.Should().Contain("- Thiếu minh chứng / Missing evidence: G2.1.1");
        lines.Should().ContainInOrder(
            "| **G1** | **Công khai** | **12** | **20** |",
            "| G1.1.1 | Niêm yết thủ tục | 8 | 8 |",
            "| G1.1.2 | Điểm do hội đồng chấm | 4 | 12 |",
            "| **G2** | **Thân thiện** | **0** | **10** |",
            "| G2.1.1 | Có hòm thư góp ý | 0 | 10 |",
            "| B1 | Sáng kiến | 2.5 | 5 |",
            "### Giải trình / Explanations");
        foreach (var indicator in report.Indicators)
            lines.Should().Contain($"- **{indicator.Id}** {indicator.Explanation.Vi}").And.Contain($"  <br>{indicator.Explanation.En}");
    }

    [Fact]
    public void A_ranking_is_a_table_best_first()
    {
        var lines = ReportData.Written(w => MarkdownReport.Write(ReportData.Ranking(), w)).Split('\n');

        lines.Should().Equal(
            "## Xếp hạng / Ranking",
            string.Empty,
            "- Bộ tiêu chí / Framework: `test-report@1`, Bộ tiêu chí thử",
            "- Kỳ đánh giá / Period: 2024",
            string.Empty,
            "| Hạng / Rank | Mã / Code | Đơn vị / Unit | Tổng / Total | Xếp loại / Rating |",
            "|---:|---|---|---:|---|",
            "| 1 | 26089 | Xã Bình Lộc | 30 | Xuất sắc (excellent) |",
            "| 2 | 26116 | Thị trấn Tân Phú | 20 | Xuất sắc (excellent) |",
            "| 2 | 26131 | Xã Tà Lài | 20 | Xuất sắc (excellent) |",
            "| 4 | 25996 | Phường &lt;script>alert(1)&lt;/script> & Co | 14.5 | Chưa đạt (poor) |",
            string.Empty,
            string.Empty);
    }

    /// <summary>
    /// As in the HTML ranking: Xã Bình Lộc was formed from 3 units, 2 of them with 2024 results of
    /// 100 and 96: mean 98, best 100, worst 96; the others show a dash.
    /// </summary>
    [Fact]
    public void A_ranking_shows_each_units_predecessors_results_beside_it_when_given()
    {
        var ranking = ReportData.Ranking().WithPredecessors(new Dictionary<string, PredecessorResults> { ["26089"] = new("2024", 3, 2, 98m, 100m, 96m) });

        var lines = ReportData.Written(w => MarkdownReport.Write(ranking, w)).Split('\n');

        lines.Skip(5).Take(4).Should().Equal(
            "| Hạng / Rank | Mã / Code | Đơn vị / Unit | Tổng / Total | Xếp loại / Rating | 2024, các đơn vị hình thành nên / 2024, units it was formed from |",
            "|---:|---|---|---:|---|---|",
            "| 1 | 26089 | Xã Bình Lộc | 30 | Xuất sắc (excellent) | TB / mean 98 (2/3), cao / best 100, thấp / worst 96 |",
            "| 2 | 26116 | Thị trấn Tân Phú | 20 | Xuất sắc (excellent) | — |");
    }

    [Fact]
    public void A_unit_whose_predecessors_have_no_results_says_so_with_their_count()
    {
        var ranking = ReportData.Ranking().WithPredecessors(new Dictionary<string, PredecessorResults> { ["26116"] = PredecessorResults.NoResults("2024", 2) });

        ReportData.Written(w => MarkdownReport.Write(ranking, w)).Split('\n')
            .Should().Contain("| 2 | 26116 | Thị trấn Tân Phú | 20 | Xuất sắc (excellent) | chưa có kết quả / no results (0/2) |");
    }

    [Fact]
    public void A_pipe_in_a_name_does_not_break_the_table()
    {
        var report = RankingReport.Of([ScorecardReport.From(ReportData.SelfOnly("26116", "Xã A | B"))]);

        ReportData.Written(w => MarkdownReport.Write(report, w)).Should().Contain("| 1 | 26116 | Xã A \\| B | 0 | Chưa đạt (poor) |");
    }
}
