using FriendlyGov.Domain;
using FriendlyGov.Domain.Assessments;
using FriendlyGov.Frameworks;

namespace FriendlyGov.Reporting.Tests;

/// <summary><see cref="ScorecardReport"/> from a live scorecard and from a finalized snapshot.</summary>
public sealed class ScorecardReportTests
{
    [Fact]
    public void A_scorecard_report_carries_every_figure_worked_out_by_hand()
    {
        // See ReportData: G1 = 8 + 4 = 12 of 20, G2 = 0 of 10, B1 2.5, total 14.5, band good, C1 caps to poor.
        var report = ScorecardReport.From(ReportData.Capped());

        report.FrameworkId.Should().Be("test-report@1");
        report.Period.Should().Be("2024");
        report.UnitCode.Should().Be("25996");
        report.UnitName.Should().Be(ReportData.TrickyName);
        report.Total.Should().Be(14.5m);
        report.MaxPoints.Should().Be(30m);
        report.BonusMaxPoints.Should().Be(5m);
        report.Bonus.Should().Be(2.5m);
        report.BandRating.Code.Should().Be("good");
        report.Rating.Code.Should().Be("poor");
        report.RatingRank.Should().Be(2);
        report.Groups.Select(g => (g.Id, g.Points, g.MaxPoints)).Should().Equal(("G1", 12m, 20m), ("G2", 0m, 10m));
        report.Groups[0].Criteria.Single().Points.Should().Be(12m);
        var awarded = report.Indicators.Single(i => i.Id == "G1.1.2");
        (awarded.Points, awarded.MaxPoints, awarded.SelfAssessedPoints, awarded.AppraisedPoints, awarded.IsMissing).Should().Be((4m, 12m, 5m, 4m, false));
        report.Missing.Should().Equal("G2.1.1");
        report.Caps.Should().ContainSingle().Which.Should().Match<CapReport>(c => c.Id == "C1" && c.MaxRating.Code == "poor" && c.Reason != null);
        report.BonusIndicators.Select(i => (i.Id, i.Points)).Should().Equal(("B1", 2.5m));
    }

    [Fact]
    public void A_snapshot_gives_everything_its_scorecard_gives_self_appraised_points_and_cap_reasons_included()
    {
        var card = ReportData.Capped();

        var live = ScorecardReport.From(card);
        var fixedAtFinalization = ScorecardReport.From(ScorecardSnapshot.Of(card), ReportData.Framework);

        fixedAtFinalization.Should().BeEquivalentTo(live);
        fixedAtFinalization.DetailsKept.Should().BeTrue();

        // See ReportData: the council awarded 4 of 12 where the unit claimed 5, so 4 − 5 = −1.
        var awarded = fixedAtFinalization.Indicators.Single(i => i.Id == "G1.1.2");
        (awarded.SelfAssessedPoints, awarded.AppraisedPoints, awarded.Difference).Should().Be((5m, 4m, -1m));
        fixedAtFinalization.Caps.Single().Reason.Should().Be(card.Caps.Single().Reason);
    }

    [Fact]
    public void The_snapshot_path_renders_the_same_html_as_the_scorecard_path()
    {
        var card = ReportData.Capped();

        var live = ReportData.Html(ScorecardReport.From(card));
        var fromSnapshot = ReportData.Html(ScorecardReport.From(ScorecardSnapshot.Of(card), ReportData.Framework));

        fromSnapshot.Should().Be(live);
        fromSnapshot.Should().Contain("<td class=\"num\">5</td><td class=\"num\">4</td><td class=\"num\">-1</td></tr>");
    }

    [Fact]
    public void A_snapshot_kept_before_the_details_were_recorded_reports_its_figures_and_says_the_rest_is_not_kept()
    {
        // As FriendlyGov 0.1.0 kept it: the figures, without self-assessed and appraised points or cap reasons.
        var old = ScorecardSnapshot.Of(ReportData.Capped()) with { IndicatorDetails = null, CapReasons = null };

        var report = ScorecardReport.From(old, ReportData.Framework);
        var html = ReportData.Html(report);

        report.DetailsKept.Should().BeFalse();
        report.Total.Should().Be(14.5m);
        report.Indicators.Should().OnlyContain(i => i.SelfAssessedPoints == null && i.AppraisedPoints == null && i.Difference == null);
        report.Caps.Single().Reason.Should().BeNull();
        html.Should().Contain("<p class=\"not-kept\">").And.Contain("so those figures are not kept.");
        ReportData.Html(ScorecardReport.From(ReportData.Capped())).Should().NotContain("not-kept");
    }

    [Fact]
    public void A_snapshot_of_another_framework_is_refused_naming_both()
    {
        var snapshot = ScorecardSnapshot.Of(ReportData.Full());

        var act = () => ScorecardReport.From(snapshot, BuiltInFrameworks.DongNai2024);

        act.Should().Throw<InvalidInputException>()
            .Which.Lines.Should().Equal("snapshot of unit 26089: framework: the snapshot was scored on test-report@1, not on dongnai-friendly-government@2024.1");
    }

    [Fact]
    public void A_snapshot_that_lacks_or_adds_ids_is_refused_with_every_problem()
    {
        var good = ScorecardSnapshot.Of(ReportData.Full());
        var indicators = good.Indicators.Where(i => i.Key != "G2.1.1").ToDictionary(i => i.Key, i => i.Value);
        indicators["G9.9.9"] = 1m;
        var bad = good with { Indicators = indicators, Caps = ["C7"], Rating = "stellar" };

        var act = () => ScorecardReport.From(bad, ReportData.Framework);

        act.Should().Throw<InvalidInputException>().Which.Lines.Should().Equal(
            "snapshot of unit 26089: rating: 'stellar' is not one of test-report@1's ratings (excellent, good, poor)",
            "snapshot of unit 26089: indicators['G2.1.1']: the framework's indicator 'G2.1.1' is missing from the snapshot",
            "snapshot of unit 26089: indicators['G9.9.9']: 'G9.9.9' is not an indicator of the framework",
            "snapshot of unit 26089: caps: 'C7' is not a cap of the framework");
    }
}
