using FriendlyGov.Domain.Criteria;
using FriendlyGov.Domain.Criteria.Caps;
using FriendlyGov.Domain.Periods;
using FriendlyGov.Domain.Scoring;
using FriendlyGov.Domain.Units;
using static FriendlyGov.Domain.Tests.Invalid;
using static FriendlyGov.Domain.Tests.TestEvidence;
using static FriendlyGov.Domain.Tests.TestFrameworks;

namespace FriendlyGov.Domain.Tests.Scoring;

/// <summary>
/// Rankings of units scored on <see cref="TestFrameworks.TwoHalves"/> (ratings excellent from 90,
/// good from 70, fair from 50, poor from 0) with cap C1: a group below half its maximum is at most fair.
/// </summary>
public sealed class RankingTests
{
    private readonly ScoringEngine _engine = new(TwoHalves(Cap("C1", new GroupShareBelow(0.5m), "fair")));

    private Scorecard Unit(string code, decimal p1, decimal p2) => _engine.Score(Halves(p1, p2, code).Build());

    private static IEnumerable<(int Rank, string Code)> Places(Ranking ranking) =>
        ranking.Entries.Select(e => (e.Rank, e.Scorecard.Unit.Code));

    [Fact]
    public void Shares_a_rank_between_tied_units_and_skips_the_next_one()
    {
        var ranking = Ranking.Of(
        [
            Unit("30003", 30m, 30m), // 60, fair
            Unit("30002", 40m, 35m), // 75, good
            Unit("30004", 45m, 40m), // 85, good
            Unit("30001", 35m, 40m), // 75, good
        ]);

        // 85 first; 75 and 75 share 2nd, listed by code; 60 is 4th, not 3rd
        Places(ranking).Should().Equal((1, "30004"), (2, "30001"), (2, "30002"), (4, "30003"));
    }

    [Fact]
    public void Ranks_a_capped_unit_below_an_uncapped_one_with_a_better_rating_despite_a_higher_total()
    {
        var ranking = Ranking.Of(
        [
            Unit("10001", 50m, 24.99m), // 74.99 → good, capped to fair: G2 24.99 < 25
            Unit("10002", 40m, 32m), // 72 → good
            Unit("10003", 30m, 30m), // 60 → fair
        ]);

        Places(ranking).Should().Equal((1, "10002"), (2, "10001"), (3, "10003"));
    }

    [Fact]
    public void Does_not_tie_units_with_equal_totals_but_different_ratings()
    {
        var ranking = Ranking.Of(
        [
            Unit("10001", 50m, 24.99m), // 74.99 → capped to fair
            Unit("10002", 44.99m, 30m), // 74.99 → good
        ]);

        Places(ranking).Should().Equal((1, "10002"), (2, "10001"));
    }

    [Fact]
    public void Ranks_by_total_within_a_rating()
    {
        var ranking = Ranking.Of([Unit("10001", 30m, 30m), Unit("10002", 30m, 30.01m)]);

        // 60.01 before 60, both fair
        Places(ranking).Should().Equal((1, "10002"), (2, "10001"));
    }

    [Fact]
    public void Gives_an_empty_ranking_for_no_units()
    {
        Ranking.Of([]).Entries.Should().BeEmpty();
    }

    [Fact]
    public void Ranks_a_single_unit_first()
    {
        Places(Ranking.Of([Unit("10001", 0m, 0m)])).Should().Equal((1, "10001"));
    }

    [Fact]
    public void Refuses_to_rank_units_of_different_periods()
    {
        var in2025 = _engine.Score(Halves(30m, 30m, "10002").In("2025").Build());

        ProblemsOf(() => Ranking.Of([Unit("10001", 30m, 30m), in2025])).Should().Equal(new Problem(
            "",
            "unit 10002 was scored on test-framework@1 for 2025, unit 10001 on test-framework@1 for 2024: only one framework and period can be ranked together"));
    }

    [Fact]
    public void Refuses_to_rank_units_scored_on_different_frameworks()
    {
        var other = new CriteriaFramework(
            new FrameworkId("other-framework", "2"),
            Title("Other"),
            "Đồng Nai",
            [UnitKind.Ward],
            PeriodKind.Year,
            Ratings,
            [Group("G1", Criterion("G1.1", Points("P1", 50m))), Group("G2", Criterion("G2.1", Points("P2", 50m)))]);
        var onOther = new ScoringEngine(other).Score(Halves(30m, 30m, "10002").Build());

        ProblemsOf(() => Ranking.Of([Unit("10001", 30m, 30m), onOther])).Should().Equal(new Problem(
            "",
            "unit 10002 was scored on other-framework@2 for 2024, unit 10001 on test-framework@1 for 2024: only one framework and period can be ranked together"));
    }

    [Fact]
    public void Refuses_to_rank_the_same_unit_twice()
    {
        ProblemsOf(() => Ranking.Of([Unit("10001", 30m, 30m), Unit("10002", 40m, 40m), Unit("10001", 40m, 40m)]))
            .Should().Equal(new Problem("", "unit 10001 appears 2 times: rank each unit once"));
    }
}
