using FriendlyGov.Domain.Criteria;
using FriendlyGov.Domain.Criteria.Caps;
using FriendlyGov.Domain.Periods;
using FriendlyGov.Domain.Units;
using static FriendlyGov.Domain.Tests.Invalid;
using static FriendlyGov.Domain.Tests.TestFrameworks;

namespace FriendlyGov.Domain.Tests.Criteria;

public sealed class CriteriaFrameworkTests
{
    private static CriterionGroup OneIndicatorGroup(string groupId, string criterionId, string indicatorId) =>
        Group(groupId, Criterion(criterionId, Check(indicatorId, 10m)));

    [Fact]
    public void Derives_every_maximum_from_the_indicators()
    {
        var framework = Framework(
            [
                Group("G1", Criterion("G1.1", Check("G1.1.1", 10m), Ratio("G1.1.2", 5m)), Criterion("G1.2", Check("G1.2.1", 5m))),
                Group("G2", Criterion("G2.1", Import("G2.1.1", 20m, 100m), Check("G2.1.2", 5m))),
            ],
            bonus: [Check("B1", 2m), Check("B2", 3m)]);

        // G1.1 = 10 + 5 = 15; G1.2 = 5; G1 = 15 + 5 = 20; G2.1 = G2 = 20 + 5 = 25; framework = 20 + 25 = 45
        framework.Criteria.Select(c => c.MaxPoints).Should().Equal(15m, 5m, 25m);
        framework.Groups.Select(g => g.MaxPoints).Should().Equal(20m, 25m);
        framework.MaxPoints.Should().Be(45m);
        // bonus = 2 + 3 = 5, not part of the maximum
        framework.BonusMaxPoints.Should().Be(5m);
    }

    [Fact]
    public void Lists_indicators_in_order_and_finds_bonus_indicators_too()
    {
        var framework = Framework(
            [OneIndicatorGroup("G1", "G1.1", "G1.1.1"), Group("G2", Criterion("G2.1", Check("G2.1.1", 1m), Check("G2.1.2", 1m)))],
            bonus: [Check("B1", 2m)]);

        framework.Indicators.Select(i => i.Id).Should().Equal("G1.1.1", "G2.1.1", "G2.1.2");
        framework.TryGetIndicator("B1", out var bonus).Should().BeTrue();
        bonus.MaxPoints.Should().Be(2m);
        framework.TryGetIndicator("G9", out _).Should().BeFalse();
    }

    [Fact]
    public void Reports_an_indicator_id_repeated_in_another_group()
    {
        ProblemsOf(() => Framework([OneIndicatorGroup("G1", "G1.1", "A"), OneIndicatorGroup("G2", "G2.1", "A")]))
            .Should().Equal(new Problem(
                "groups[1].criteria[0].indicators[0].id",
                "'A' is a duplicate id: groups[0].criteria[0].indicators[0].id has it already"));
    }

    [Fact]
    public void Reports_a_criterion_that_takes_its_group_id()
    {
        ProblemsOf(() => Framework([OneIndicatorGroup("G1", "G1", "G1.1.1")]))
            .Should().Equal(new Problem("groups[0].criteria[0].id", "'G1' is a duplicate id: groups[0].id has it already"));
    }

    [Fact]
    public void Reports_a_bonus_indicator_that_takes_an_indicator_id()
    {
        ProblemsOf(() => Framework([OneIndicatorGroup("G1", "G1.1", "G1.1.1")], bonus: [Check("G1.1.1", 2m)]))
            .Should().Equal(new Problem("bonus[0].id", "'G1.1.1' is a duplicate id: groups[0].criteria[0].indicators[0].id has it already"));
    }

    [Fact]
    public void Reports_a_cap_that_takes_a_group_id()
    {
        ProblemsOf(() => Framework([OneIndicatorGroup("G1", "G1.1", "G1.1.1")], caps: [Cap("G1", new GroupShareBelow(0.5m), "fair")]))
            .Should().Equal(new Problem("caps[0].id", "'G1' is a duplicate id: groups[0].id has it already"));
    }

    [Fact]
    public void Needs_at_least_one_group()
    {
        ProblemsOf(() => Framework([])).Should().Equal(new Problem("groups", "at least one group is required"));
    }

    [Fact]
    public void Needs_at_least_one_rating()
    {
        ProblemsOf(() => Framework([OneIndicatorGroup("G1", "G1.1", "G1.1.1")], ratings: []))
            .Should().Equal(new Problem("ratings", "at least one rating is required"));
    }

    [Fact]
    public void Rejects_ratings_in_ascending_min_points()
    {
        ProblemsOf(() => Framework([OneIndicatorGroup("G1", "G1.1", "G1.1.1")], ratings: [Rating("good", 70), Rating("excellent", 90), Rating("poor", 0)]))
            .Should().Equal(new Problem(
                "ratings[1].minPoints",
                "90 is not below the previous rating's 70: ratings go in strictly descending minPoints"));
    }

    [Fact]
    public void Rejects_two_ratings_with_the_same_min_points()
    {
        ProblemsOf(() => Framework([OneIndicatorGroup("G1", "G1.1", "G1.1.1")], ratings: [Rating("good", 70), Rating("fair", 70), Rating("poor", 0)]))
            .Should().Equal(new Problem(
                "ratings[1].minPoints",
                "70 is not below the previous rating's 70: ratings go in strictly descending minPoints"));
    }

    [Fact]
    public void Rejects_a_lowest_rating_that_does_not_start_at_zero()
    {
        ProblemsOf(() => Framework([OneIndicatorGroup("G1", "G1.1", "G1.1.1")], ratings: [Rating("good", 70), Rating("fair", 10)]))
            .Should().Equal(new Problem(
                "ratings[1].minPoints",
                "10 is not 0: the lowest rating must start at 0 so that every total has a rating"));
    }

    [Fact]
    public void Rejects_a_duplicate_rating_code()
    {
        ProblemsOf(() => Framework([OneIndicatorGroup("G1", "G1.1", "G1.1.1")], ratings: [Rating("good", 70), Rating("good", 0)]))
            .Should().Equal(new Problem("ratings[1].code", "'good' is a duplicate rating code"));
    }

    [Fact]
    public void Rejects_a_cap_naming_a_rating_that_does_not_exist()
    {
        ProblemsOf(() => Framework([OneIndicatorGroup("G1", "G1.1", "G1.1.1")], caps: [Cap("C1", new GroupShareBelow(0.5m), "bronze")]))
            .Should().Equal(new Problem("caps[0].maxRating", "'bronze' is not a rating of this framework; its ratings are excellent, good, fair, poor"));
    }

    [Fact]
    public void Rejects_an_indicator_below_cap_naming_a_missing_indicator()
    {
        ProblemsOf(() => Framework([OneIndicatorGroup("G1", "G1.1", "G1.1.1")], caps: [Cap("C1", new IndicatorBelow("G9.9.9", 1m), "fair")]))
            .Should().Equal(new Problem("caps[0].when.indicatorBelow.indicator", "'G9.9.9' is not an indicator of this framework"));
    }

    [Fact]
    public void Accepts_an_indicator_below_cap_naming_a_bonus_indicator()
    {
        var framework = Framework([OneIndicatorGroup("G1", "G1.1", "G1.1.1")], bonus: [Check("B1", 2m)], caps: [Cap("C1", new IndicatorBelow("B1", 1m), "fair")]);

        framework.Caps.Should().ContainSingle().Which.Id.Should().Be("C1");
    }

    [Theory]
    [InlineData(-1, "-1 is outside [0, 6]")]
    [InlineData(7, "7 is outside [0, 6]")]
    public void Rejects_decimals_outside_zero_to_six(int decimals, string message)
    {
        ProblemsOf(() => Framework([OneIndicatorGroup("G1", "G1.1", "G1.1.1")], decimals: decimals))
            .Should().Equal(new Problem("decimals", message));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void Accepts_decimals_from_zero_to_six(int decimals)
    {
        Framework([OneIndicatorGroup("G1", "G1.1", "G1.1.1")], decimals: decimals).Decimals.Should().Be(decimals);
    }

    [Fact]
    public void Rounds_to_two_decimals_unless_told_otherwise()
    {
        new CriteriaFramework(Id, Title("t"), "Đồng Nai", [UnitKind.Commune], PeriodKind.Year, Ratings, [OneIndicatorGroup("G1", "G1.1", "G1.1.1")])
            .Decimals.Should().Be(2);
    }

    [Fact]
    public void Needs_at_least_one_unit_kind()
    {
        ProblemsOf(() => Framework([OneIndicatorGroup("G1", "G1.1", "G1.1.1")], appliesTo: []))
            .Should().Equal(new Problem("appliesTo", "at least one unit kind is required"));
    }

    [Fact]
    public void Rejects_a_unit_kind_listed_twice()
    {
        ProblemsOf(() => Framework([OneIndicatorGroup("G1", "G1.1", "G1.1.1")], appliesTo: [UnitKind.Commune, UnitKind.Ward, UnitKind.Commune]))
            .Should().Equal(new Problem("appliesTo", "'xa' is listed more than once"));
    }

    [Fact]
    public void Reports_every_problem_at_once()
    {
        var problems = ProblemsOf(() => Framework(
            [OneIndicatorGroup("G1", "G1.1", "A"), OneIndicatorGroup("G2", "G2.1", "A")],
            caps: [Cap("C1", new GroupShareBelow(0.5m), "bronze")],
            ratings: [Rating("good", 70), Rating("fair", 10)],
            decimals: 9,
            appliesTo: []));

        problems.Select(p => p.Path).Should().Equal(
            "decimals",
            "appliesTo",
            "ratings[1].minPoints",
            "groups[1].criteria[0].indicators[0].id",
            "caps[0].maxRating");
    }

    [Fact]
    public void Finds_the_band_a_total_earns()
    {
        var framework = Framework([OneIndicatorGroup("G1", "G1.1", "G1.1.1")]);

        framework.RatingFor(90m).Code.Should().Be("excellent");
        framework.RatingFor(89.99m).Code.Should().Be("good");
        framework.RatingFor(0m).Code.Should().Be("poor");
    }

    [Fact]
    public void Compares_ratings_with_the_better_one_first()
    {
        var framework = Framework([OneIndicatorGroup("G1", "G1.1", "G1.1.1")]);
        var excellent = framework.FindRating("excellent")!;
        var poor = framework.FindRating("poor")!;

        framework.CompareRatings(excellent, poor).Should().BeNegative();
        framework.CompareRatings(poor, excellent).Should().BePositive();
        framework.CompareRatings(poor, poor).Should().Be(0);
        framework.FindRating("bronze").Should().BeNull();
    }

    [Fact]
    public void Normalizes_its_jurisdiction_to_nfc()
    {
        // "Đồng Nai" typed decomposed: ồ as o + circumflex + grave
        var framework = new CriteriaFramework(Id, Title("t"), "\u0110o\u0302\u0300ng Nai", [UnitKind.Commune], PeriodKind.Year, Ratings, [OneIndicatorGroup("G1", "G1.1", "G1.1.1")]);

        framework.Jurisdiction.Should().Be("Đồng Nai");
        framework.ToString().Should().Be("test-framework@1");
    }
}
