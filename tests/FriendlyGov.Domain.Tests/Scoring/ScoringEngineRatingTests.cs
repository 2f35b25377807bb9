using FriendlyGov.Domain.Criteria.Caps;
using FriendlyGov.Domain.Scoring;
using static FriendlyGov.Domain.Tests.Numbers;
using static FriendlyGov.Domain.Tests.TestEvidence;
using static FriendlyGov.Domain.Tests.TestFrameworks;

namespace FriendlyGov.Domain.Tests.Scoring;

/// <summary>
/// Band ratings and caps, on <see cref="TestFrameworks.TwoHalves"/>: two groups of 50 points
/// scored directly; ratings excellent from 90, good from 70, fair from 50, poor from 0.
/// </summary>
public sealed class ScoringEngineRatingTests
{
    private static Scorecard Score(decimal p1, decimal p2, params Cap[] caps) =>
        new ScoringEngine(TwoHalves(caps)).Score(Halves(p1, p2).Build());

    [Theory]
    [InlineData("50", "50", "100", "excellent")]
    [InlineData("50", "40", "90", "excellent")] // exactly at 90
    [InlineData("50", "39.99", "89.99", "good")] // 0.01 below 90
    [InlineData("40", "30", "70", "good")] // exactly at 70
    [InlineData("40", "29.99", "69.99", "fair")] // 0.01 below 70
    [InlineData("25", "25", "50", "fair")] // exactly at 50
    [InlineData("25", "24.99", "49.99", "poor")] // 0.01 below 50
    [InlineData("0", "0", "0", "poor")]
    public void Rates_the_total_by_the_highest_band_it_reaches(string p1, string p2, string total, string rating)
    {
        var card = Score(D(p1), D(p2));

        card.Total.Should().Be(D(total));
        card.BandRating.Code.Should().Be(rating);
        card.Rating.Code.Should().Be(rating);
        card.IsCapped.Should().BeFalse();
    }

    [Fact]
    public void Caps_the_rating_when_a_group_scores_below_its_share()
    {
        var card = Score(50m, 24.99m, Cap("C1", new GroupShareBelow(0.5m), "fair"));

        // total 50 + 24.99 = 74.99 → good; G2 24.99 < 0.5 × 50 = 25 → at most fair
        card.BandRating.Code.Should().Be("good");
        card.Rating.Code.Should().Be("fair");
        var applied = card.Caps.Should().ContainSingle().Which;
        applied.Cap.Id.Should().Be("C1");
        applied.Reason.Should().Be(new LocalizedText("nhóm G2 đạt 24,99/50, dưới 25", "group G2 scored 24.99 of 50, below 25"));
        card.IsCapped.Should().BeTrue();
    }

    [Fact]
    public void Does_not_cap_a_group_exactly_at_its_share()
    {
        var card = Score(50m, 25m, Cap("C1", new GroupShareBelow(0.5m), "fair"));

        // G2 25 = 0.5 × 50 is not below the share; total 75 → good
        card.Rating.Code.Should().Be("good");
        card.Caps.Should().BeEmpty();
    }

    [Fact]
    public void Does_not_cap_when_every_group_is_above_its_share()
    {
        var card = Score(50m, 45m, Cap("C1", new GroupShareBelow(0.5m), "fair"));

        // total 95 → excellent; G1 50 ≥ 25, G2 45 ≥ 25
        card.Rating.Code.Should().Be("excellent");
        card.Caps.Should().BeEmpty();
    }

    [Fact]
    public void Caps_the_rating_when_an_indicator_scores_below_its_points()
    {
        var card = Score(9.99m, 50m, Cap("C2", new IndicatorBelow("P1", 10m), "poor"));

        // total 59.99 → fair; P1 9.99 < 10 → at most poor
        card.BandRating.Code.Should().Be("fair");
        card.Rating.Code.Should().Be("poor");
        card.Caps.Should().ContainSingle().Which.Reason
            .Should().Be(new LocalizedText("tiêu chí P1 đạt 9,99, dưới 10", "indicator P1 scored 9.99, below 10"));
    }

    [Fact]
    public void Does_not_cap_an_indicator_exactly_at_its_points()
    {
        var card = Score(10m, 50m, Cap("C2", new IndicatorBelow("P1", 10m), "poor"));

        // total 60 → fair; P1 10 is not below 10
        card.Rating.Code.Should().Be("fair");
        card.Caps.Should().BeEmpty();
    }

    [Fact]
    public void Counts_a_missing_indicator_as_below_its_points()
    {
        var card = new ScoringEngine(TwoHalves(Cap("C2", new IndicatorBelow("P1", 10m), "poor")))
            .Score(Self("P2", Awarded(50m)).Build());

        // P1 missing → 0 < 10; total 0 + 50 = 50 → fair, capped to poor
        card.BandRating.Code.Should().Be("fair");
        card.Rating.Code.Should().Be("poor");
        card.Caps.Select(c => c.Cap.Id).Should().Equal("C2");
    }

    [Fact]
    public void Does_not_apply_a_cap_whose_maximum_equals_the_band_rating()
    {
        var card = Score(50m, 0m, Cap("C1", new GroupShareBelow(0.5m), "fair"));

        // total 50 → fair; G2 0 < 25 holds, but fair is not below fair
        card.Rating.Code.Should().Be("fair");
        card.Caps.Should().BeEmpty();
        card.IsCapped.Should().BeFalse();
    }

    [Fact]
    public void Does_not_apply_a_cap_whose_maximum_is_above_the_band_rating()
    {
        var card = Score(50m, 10m, Cap("C1", new GroupShareBelow(0.5m), "good"));

        // total 60 → fair; G2 10 < 25 holds, but good is above fair
        card.Rating.Code.Should().Be("fair");
        card.Caps.Should().BeEmpty();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Takes_the_lowest_maximum_of_the_caps_that_apply_and_lists_them_all_whatever_their_order(bool lowestFirst)
    {
        var toFair = Cap("C1", new GroupShareBelow(0.5m), "fair");
        var toPoor = Cap("C2", new IndicatorBelow("P2", 21m), "poor");

        var card = Score(50m, 20m, lowestFirst ? [toPoor, toFair] : [toFair, toPoor]);

        // total 50 + 20 = 70 → good; G2 20 < 25 → at most fair; P2 20 < 21 → at most poor; lowest: poor
        card.BandRating.Code.Should().Be("good");
        card.Rating.Code.Should().Be("poor");
        card.Caps.Select(c => c.Cap.Id).Should().Equal(lowestFirst ? ["C2", "C1"] : ["C1", "C2"]);
    }

    [Fact]
    public void Lists_only_the_caps_whose_condition_holds()
    {
        var card = Score(50m, 20m, Cap("C1", new GroupShareBelow(0.5m), "fair"), Cap("C2", new IndicatorBelow("P1", 10m), "poor"));

        // total 70 → good; G2 20 < 25 → fair; P1 50 is not below 10
        card.Rating.Code.Should().Be("fair");
        card.Caps.Select(c => c.Cap.Id).Should().Equal("C1");
    }
}
