using FriendlyGov.Domain.Conduct;
using FriendlyGov.Domain.Periods;
using NodaTime;

namespace FriendlyGov.Domain.Tests.Conduct;

public sealed class ConductSummariesTests
{
    private static readonly ConductCode Code = ConductFixtures.Code();

    /// <summary>
    /// 2024: CB-001 (unit 25996) 4X.1 confirmed, 4X.2 dismissed, 5K.1 reported on 1 May (pending);
    /// CB-002 (unit 26089) 5K.3 confirmed. 2023: CB-001 4X.1 confirmed, SMILE confirmed.
    /// </summary>
    private static List<ConductObservation> Observations()
    {
        var cb1 = ConductFixtures.Staff("CB-001", "25996");
        var cb2 = ConductFixtures.Staff("CB-002", "26089");
        var at = ConductFixtures.Noon1May2024;
        var list = new List<ConductObservation>
        {
            ConductFixtures.Report(Code, cb1, "4X.1", new LocalDate(2024, 3, 1), "A"),
            ConductFixtures.Report(Code, cb1, "4X.2", new LocalDate(2024, 3, 2), "B"),
            ConductFixtures.Report(Code, cb1, "5K.1", new LocalDate(2024, 4, 30), "C"),
            ConductFixtures.Report(Code, cb2, "5K.3", new LocalDate(2024, 4, 1), "D"),
            ConductFixtures.Report(Code, cb1, "4X.1", new LocalDate(2023, 6, 1), "E"),
            ConductFixtures.Report(Code, cb1, "SMILE", new LocalDate(2023, 7, 1), "F"),
        };
        list[0].Confirm("x", at, "đúng");
        list[1].Dismiss("x", at, "sai");
        list[3].Confirm("x", at, "đúng");
        list[4].Confirm("x", at, "đúng");
        list[5].Confirm("x", at, "đúng");
        return list;
    }

    [Fact]
    public void Counts_per_official_with_the_change_against_the_previous_period()
    {
        // As of 2024-06-15 the pending 5K.1 (reported 2024-05-01) has waited 45 days: overdue after 30.
        var rows = ConductSummaries.Summarize(Observations(), Code, AssessmentPeriod.OfYear(2024), ConductGrouping.Official, new LocalDate(2024, 6, 15), 30);

        rows.Should().HaveCount(2);
        rows[0].Should().Be(new ConductSummaryRow("CB-001", new ConductTally(3, 1, 1, 1, 1), new ConductTally(2, 2, 0, 0, 0)));
        rows[0].Change.Should().Be(new ConductTally(1, -1, 1, 1, 1));
        rows[1].Should().Be(new ConductSummaryRow("CB-002", new ConductTally(1, 1, 0, 0, 0), ConductTally.None));
    }

    [Fact]
    public void A_pending_observation_is_overdue_only_after_the_limit()
    {
        // Reported 2024-05-01; on 2024-05-31 it has waited exactly 30 days: not more than 30.
        var rows = ConductSummaries.Summarize(Observations(), Code, AssessmentPeriod.OfYear(2024), ConductGrouping.All, new LocalDate(2024, 5, 31), 30);

        rows.Should().ContainSingle().Which.Current.Should().Be(new ConductTally(4, 2, 1, 1, 0));
    }

    [Fact]
    public void Groups_by_rule_group_and_by_unit()
    {
        var byGroup = ConductSummaries.Summarize(Observations(), Code, AssessmentPeriod.OfYear(2024), ConductGrouping.RuleGroup, new LocalDate(2024, 6, 15), 30);
        var byUnit = ConductSummaries.Summarize(Observations(), Code, AssessmentPeriod.OfYear(2024), ConductGrouping.Unit, new LocalDate(2024, 6, 15), 30);

        // 4X: 2024 has 4X.1 confirmed and 4X.2 dismissed; 2023 has 4X.1 confirmed.
        byGroup.Select(r => (r.Key, r.Current.Reported, r.Current.Confirmed, r.Previous.Reported)).Should().Equal(
            ("4X", 2, 1, 1), ("5K", 2, 1, 0), ("SMILE", 0, 0, 1));
        byUnit.Select(r => (r.Key, r.Current.Reported)).Should().Equal(("25996", 3), ("26089", 1));
    }

    [Fact]
    public void Compares_a_quarter_with_the_quarter_before_it_across_a_year_end()
    {
        // 2024-Q1 holds the 4X.1 of 1 March and the 4X.2 of 2 March; 2023-Q4 holds nothing.
        var rows = ConductSummaries.Summarize(Observations(), Code, AssessmentPeriod.Of(PeriodKind.Quarter, 2024, 1), ConductGrouping.All, new LocalDate(2024, 6, 15), 30);

        rows.Should().ContainSingle().Which.Should().Be(new ConductSummaryRow("*", new ConductTally(2, 1, 1, 0, 0), ConductTally.None));
    }
}
