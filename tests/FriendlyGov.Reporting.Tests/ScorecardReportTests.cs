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
    public void A_snapshot_gives_the_same_figures_titles_and_explanations_as_its_scorecard()
    {
        var card = ReportData.Capped();

        var live = ScorecardReport.From(card);
        var fixedAtFinalization = ScorecardReport.From(ScorecardSnapshot.Of(card), ReportData.Framework);

        fixedAtFinalization.Should().BeEquivalentTo(
            live,
            o => o.Excluding(r => r.Caps)
                .Excluding(m => m.Path.EndsWith("SelfAssessedPoints", StringComparison.Ordinal) || m.Path.EndsWith("AppraisedPoints", StringComparison.Ordinal)));
        fixedAtFinalization.Caps.Select(c => (c.Id, c.Title, c.MaxRating)).Should().Equal(live.Caps.Select(c => (c.Id, c.Title, c.MaxRating)));
        // A snapshot keeps neither the self-assessed and appraised points apart nor the cap's reason.
        fixedAtFinalization.Indicators.Should().OnlyContain(i => i.SelfAssessedPoints == null && i.AppraisedPoints == null);
        fixedAtFinalization.Caps.Single().Reason.Should().BeNull();
    }

    [Fact]
    public void The_snapshot_path_renders_the_same_html_as_the_scorecard_path_where_a_snapshot_keeps_everything()
    {
        // Without appraisal or caps, the live report's only extra is the self-assessed column.
        var card = ReportData.Full();
        var live = ReportData.Html(ScorecardReport.From(card));
        var fromSnapshot = ReportData.Html(ScorecardReport.From(ScorecardSnapshot.Of(card), ReportData.Framework));

        fromSnapshot.Should().Be(live.Replace("<td class=\"num\">8</td><td class=\"num\"></td>", "<td class=\"num\"></td><td class=\"num\"></td>", StringComparison.Ordinal)
            .Replace("<td class=\"num\">12</td><td class=\"num\"></td>", "<td class=\"num\"></td><td class=\"num\"></td>", StringComparison.Ordinal)
            .Replace("<td class=\"num\">10</td><td class=\"num\"></td>", "<td class=\"num\"></td><td class=\"num\"></td>", StringComparison.Ordinal));
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
