using FriendlyGov.Domain.Scoring;
using FriendlyGov.Frameworks;

namespace FriendlyGov.Reporting.Tests;

/// <summary>The shipped samples on the built-in 2024 framework, reported.</summary>
public sealed class SampleReportTests
{
    [Fact]
    public void The_samples_rank_with_the_totals_worked_out_in_their_readme()
    {
        // samples/evidence/README.md works out each unit's total and rating by hand.
        var loader = new FrameworkLoader();
        var cards = Directory.GetFiles(RepositoryRoot.Combine("samples", "evidence"), "*.json")
            .Order(StringComparer.Ordinal)
            .Select(path => loader.LoadEvidence(path))
            .Select(l => loader.EngineFor(l.Framework).Score(l.Evidence));

        var report = RankingReport.From(Ranking.Of(cards));

        report.Entries.Select(e => (e.Rank, e.Scorecard.UnitName, e.Scorecard.Total, e.Scorecard.Rating.Code)).Should().Equal(
            (1, "Phường Tân Phong", 99.62m, "excellent"),
            (2, "Xã Bình Lộc", 92.89m, "good"),
            (3, "Thị trấn Tân Phú", 81.54m, "satisfactory"),
            (4, "Xã Tà Lài", 55.70m, "satisfactory"),
            (5, "Xã Phước An", 33.85m, "unsatisfactory"));
        // Xã Bình Lộc: G4 scores 5.5 of 15, below half, so its chart bar is 5.5 / 15 = 36.666…% → 36.67%.
        var binhLoc = report.Entries[1].Scorecard;
        binhLoc.Groups.Single(g => g.Id == "G4").Points.Should().Be(5.5m);
        ReportData.Html(binhLoc).Should().Contain("<g class=\"bar\"><title>G4: 5.5 / 15</title>").And.Contain("width=\"36.67%\"");
        // Xã Tà Lài has no evidence for G1.2.2.
        report.Entries[3].Scorecard.Missing.Should().Contain("G1.2.2");
    }
}
