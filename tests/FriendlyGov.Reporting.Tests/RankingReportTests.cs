using FriendlyGov.Domain;
using FriendlyGov.Domain.Assessments;
using FriendlyGov.Domain.Periods;

namespace FriendlyGov.Reporting.Tests;

/// <summary><see cref="RankingReport"/>: the competition ranking of live scorecards and of reports.</summary>
public sealed class RankingReportTests
{
    [Fact]
    public void A_ranking_report_keeps_the_rankings_order_and_ranks()
    {
        // See ReportData: 26089 (30, excellent) 1; 26116 and 26131 (20, excellent) 2 and 2, by code;
        // 25996 (14.5, capped at poor) 4.
        var report = ReportData.Ranking();

        report.Entries.Select(e => (e.Rank, e.Scorecard.UnitCode)).Should().Equal((1, "26089"), (2, "26116"), (2, "26131"), (4, "25996"));
        report.FrameworkId.Should().Be("test-report@1");
        report.Period.Should().Be("2024");
        (report.MaxPoints, report.BonusMaxPoints).Should().Be((30m, 5m));
    }

    [Fact]
    public void Reports_of_snapshots_rank_exactly_as_the_live_scorecards()
    {
        var snapshots = ReportData.Round().Select(c => ScorecardReport.From(ScorecardSnapshot.Of(c), ReportData.Framework));

        var report = RankingReport.Of(snapshots);

        report.Entries.Select(e => (e.Rank, e.Scorecard.UnitCode, e.Scorecard.Total))
            .Should().Equal((1, "26089", 30m), (2, "26116", 20m), (2, "26131", 20m), (4, "25996", 14.5m));
    }

    [Fact]
    public void The_rating_ranks_before_the_total()
    {
        // 26503: 8 + 12 + 0 + bonus 5 = 25, band excellent, but G2 is 0 of 10, below half, so C1 caps
        // it at poor; 26116 scores 20, excellent, and ranks above it.
        var capped = ReportData.SelfOnly("26503", "Xã Phước An", ("G1.1.1", ReportData.Met(true)), ("G1.1.2", ReportData.Awarded(12)), ("G2.1.1", ReportData.Met(false)), ("B1", ReportData.Awarded(5)));

        var report = RankingReport.Of([ScorecardReport.From(capped), ScorecardReport.From(ReportData.Twenty("26116", "Thị trấn Tân Phú"))]);

        report.Entries.Select(e => (e.Rank, e.Scorecard.UnitCode, e.Scorecard.Total, e.Scorecard.Rating.Code))
            .Should().Equal((1, "26116", 20m, "excellent"), (2, "26503", 25m, "poor"));
    }

    [Fact]
    public void Reports_of_different_periods_are_refused()
    {
        var other = ReportData.Score(ReportData.Capped().Evidence with { Period = AssessmentPeriod.OfYear(2025), Unit = ReportData.Unit("26116", "Thị trấn Tân Phú") });

        var act = () => RankingReport.Of([ScorecardReport.From(ReportData.Full()), ScorecardReport.From(other)]);

        act.Should().Throw<InvalidInputException>().Which.Lines.Should().Equal(
            "unit 26116 was scored on test-report@1 for 2025, unit 26089 on test-report@1 for 2024: only one framework and period can be ranked together");
    }

    [Fact]
    public void A_unit_twice_is_refused()
    {
        var act = () => RankingReport.Of([ScorecardReport.From(ReportData.Full()), ScorecardReport.From(ReportData.Full())]);

        act.Should().Throw<InvalidInputException>().Which.Lines.Should().Equal("unit 26089 appears 2 times: rank each unit once");
    }

    [Fact]
    public void Nothing_to_rank_is_refused()
    {
        var act = () => RankingReport.Of([]);

        act.Should().Throw<InvalidInputException>().WithMessage("*at least one unit*");
    }
}
