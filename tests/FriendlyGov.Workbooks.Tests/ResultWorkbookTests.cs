using FriendlyGov.Reporting;
using FriendlyGov.Reporting.Tests;

namespace FriendlyGov.Workbooks.Tests;

/// <summary><see cref="ResultWorkbook"/>: the ranking's columns, with the predecessors' results when the ranking carries them.</summary>
public sealed class ResultWorkbookTests
{
    /// <summary>
    /// The test ranking (ReportData): 26089 (30) row 4, 26116 (20) row 5, 26131 (20) row 6,
    /// 25996 (14.5) row 7. Xã Bình Lộc (26089) was formed from 3 units that scored 80.5, 90 and 70.25
    /// in 2024: mean 240.75 / 3 = 80.25, best 90, worst 70.25. Thị trấn Tân Phú (26116) from 2 units,
    /// neither assessed: 0 with results, no figures. Xã Tà Lài (26131) has none recorded.
    /// </summary>
    [Fact]
    public void The_ranking_shows_each_units_predecessors_results_in_six_columns_after_the_others()
    {
        var ranking = ReportData.Ranking().WithPredecessors(new Dictionary<string, PredecessorResults>
        {
            ["26089"] = new("2024", 3, 3, 80.25m, 90m, 70.25m),
            ["26116"] = PredecessorResults.NoResults("2024", 2),
        });

        var xlsx = Written(ranking);
        using var book = new RawWorkbook(xlsx);

        WorkbookSchemaTests.Errors(xlsx).Should().BeEmpty();
        book.Text("ranking", "I3").Should().Be("Thiếu / Missing", "the first nine columns stay where they were");
        book.Text("ranking", "J3").Should().Be("Các đơn vị hình thành nên: kỳ / Units it was formed from: period");
        book.Text("ranking", "O3").Should().Be("Thấp nhất / Worst");
        book.Text("ranking", "B4").Should().Be("26089");
        book.Text("ranking", "J4").Should().Be("2024");
        new[] { "K4", "L4", "M4", "N4", "O4" }.Select(c => book.Number("ranking", c)).Should().Equal(3m, 3m, 80.25m, 90m, 70.25m);
        book.Text("ranking", "B5").Should().Be("26116");
        book.Text("ranking", "J5").Should().Be("2024");
        new[] { "K5", "L5", "M5", "N5", "O5" }.Select(c => book.Number("ranking", c)).Should().Equal(2m, 0m, null, null, null);
        book.Text("ranking", "B6").Should().Be("26131");
        book.Text("ranking", "J6").Should().BeNull();
        book.Number("ranking", "K6").Should().BeNull();
    }

    [Fact]
    public void A_ranking_without_predecessors_results_has_no_column_for_them()
    {
        using var book = new RawWorkbook(Written(ReportData.Ranking()));

        book.Text("ranking", "I3").Should().Be("Thiếu / Missing");
        book.Text("ranking", "J3").Should().BeNull();
    }

    private static byte[] Written(RankingReport ranking)
    {
        using var stream = new MemoryStream();
        ResultWorkbook.Write(ranking, stream);
        return stream.ToArray();
    }
}
