using System.Collections.Concurrent;
using FriendlyGov.Domain.Evidence;
using FriendlyGov.Domain.Periods;
using FriendlyGov.Domain.Scoring;
using static FriendlyGov.Domain.Tests.Numbers;
using static FriendlyGov.Domain.Tests.TestEvidence;
using static FriendlyGov.Domain.Tests.TestFrameworks;

namespace FriendlyGov.Domain.Tests.Scoring;

/// <summary>
/// Points: rounding, sums, appraisal, missing evidence, bonus, determinism. Ratings and caps are in
/// <see cref="ScoringEngineRatingTests"/>, evidence problems in <see cref="ScoringEngineEvidenceTests"/>,
/// explanations in <see cref="ScoringEngineExplanationTests"/>.
/// </summary>
public sealed class ScoringEngineTests
{
    [Theory]
    [InlineData(1, "0.13")] // 1 × 1 / 8 = 0.125 → 0.13 (banker's rounding would give 0.12)
    [InlineData(5, "0.63")] // 1 × 5 / 8 = 0.625 → 0.63 (banker's rounding would give 0.62)
    [InlineData(3, "0.38")] // 1 × 3 / 8 = 0.375 → 0.38
    [InlineData(4, "0.5")] // 1 × 4 / 8 = 0.5
    public void Rounds_each_indicator_half_away_from_zero(int value, string points)
    {
        var engine = new ScoringEngine(Of(Import("G1.1.1", 1m, 8m)));

        engine.Score(Self("G1.1.1", Value(value)).Build()).Indicator("G1.1.1").Points.Should().Be(D(points));
    }

    [Fact]
    public void Sums_the_rounded_points_of_indicators_not_their_raw_points()
    {
        var engine = new ScoringEngine(Of(Import("A", 1m, 8m), Import("B", 1m, 8m), Import("C", 1m, 8m)));

        var card = engine.Score(Self("A", Value(1m)).AndSelf("B", Value(1m)).AndSelf("C", Value(1m)).Build());

        // each 1 × 1 / 8 = 0.125 → 0.13; 0.13 × 3 = 0.39, whereas the raw sum 0.375 would round to 0.38
        card.Indicators.Select(i => i.Points).Should().Equal(0.13m, 0.13m, 0.13m);
        card.Criteria.Single().Points.Should().Be(0.39m);
        card.Groups.Single().Points.Should().Be(0.39m);
        card.Total.Should().Be(0.39m);
    }

    [Theory]
    [InlineData(0, "1", "2", 1, "1")] // 1 × 1 / 2 = 0.5 → 1 (banker's rounding would give 0)
    [InlineData(0, "10", "8", 3, "4")] // 10 × 3 / 8 = 3.75 → 4
    [InlineData(0, "10", "8", 1, "1")] // 10 × 1 / 8 = 1.25 → 1
    [InlineData(3, "1", "16", 1, "0.063")] // 1 × 1 / 16 = 0.0625 → 0.063 (banker's rounding would give 0.062)
    [InlineData(3, "2", "3", 1, "0.667")] // 2 × 1 / 3 = 0.666… → 0.667
    [InlineData(2, "2", "3", 1, "0.67")] // 2 × 1 / 3 = 0.666… → 0.67
    public void Rounds_to_the_framework_decimals(int decimals, string maxPoints, string scaleMax, int value, string points)
    {
        var engine = new ScoringEngine(OfDecimals(decimals, Import("G1.1.1", D(maxPoints), D(scaleMax))));

        var card = engine.Score(Self("G1.1.1", Value(value)).Build());

        card.Indicator("G1.1.1").Points.Should().Be(D(points));
        card.Total.Should().Be(D(points));
    }

    [Fact]
    public void Sums_indicators_into_criteria_groups_and_the_total()
    {
        var card = new ScoringEngine(Mixed()).Score(MixedPartly().Build());

        // G1.1.1 10, G1.1.2 4, G1.2.1 3, G2.1.1 16.7, G2.1.2 2 (see TestEvidence.MixedPartly)
        card.Indicators.Select(i => (i.Indicator.Id, i.Points)).Should().Equal(
            ("G1.1.1", 10m), ("G1.1.2", 4m), ("G1.2.1", 3m), ("G2.1.1", 16.7m), ("G2.1.2", 2m));
        // G1.1 = 10 + 4 = 14; G1.2 = 3; G2.1 = 16.7 + 2 = 18.7
        card.Criteria.Select(c => (c.Criterion.Id, c.Points)).Should().Equal(("G1.1", 14m), ("G1.2", 3m), ("G2.1", 18.7m));
        // G1 = 14 + 3 = 17; G2 = 18.7
        card.Groups.Select(g => (g.Group.Id, g.Points)).Should().Equal(("G1", 17m), ("G2", 18.7m));
        // 17 + 18.7 = 35.7
        card.Total.Should().Be(35.7m);
        card.Bonus.Should().Be(0m);
    }

    [Fact]
    public void Counts_appraised_evidence_instead_of_self_assessed()
    {
        var engine = new ScoringEngine(Of(Ratio("G1.1.1", 5m)));

        var score = engine.Score(Self("G1.1.1", Value(0.95m)).AndAppraised("G1.1.1", Value(0.86m)).Build()).Indicator("G1.1.1");

        // self: 0.95 is at target → 5; appraised: 5 × (0.86 − 0.5) / 0.45 = 4; 4 − 5 = −1
        score.Points.Should().Be(4m);
        score.Source.Should().Be(EvidenceSource.Appraisal);
        score.SelfAssessedPoints.Should().Be(5m);
        score.AppraisedPoints.Should().Be(4m);
        score.Difference.Should().Be(-1m);
        score.IsMissing.Should().BeFalse();
    }

    [Fact]
    public void Counts_appraised_evidence_where_there_is_no_self_assessment()
    {
        var engine = new ScoringEngine(Of(Ratio("G1.1.1", 5m)));

        var score = engine.Score(Appraised("G1.1.1", Value(0.725m)).Build()).Indicator("G1.1.1");

        // 5 × (0.725 − 0.5) / 0.45 = 2.5
        score.Points.Should().Be(2.5m);
        score.Source.Should().Be(EvidenceSource.Appraisal);
        score.SelfAssessedPoints.Should().BeNull();
        score.AppraisedPoints.Should().Be(2.5m);
        score.Difference.Should().BeNull();
    }

    [Fact]
    public void Counts_self_assessed_evidence_where_there_is_no_appraisal()
    {
        var engine = new ScoringEngine(Of(Ratio("G1.1.1", 5m)));

        var score = engine.Score(Self("G1.1.1", Value(0.86m)).Build()).Indicator("G1.1.1");

        score.Points.Should().Be(4m);
        score.Source.Should().Be(EvidenceSource.Self);
        score.SelfAssessedPoints.Should().Be(4m);
        score.AppraisedPoints.Should().BeNull();
        score.Difference.Should().BeNull();
    }

    [Fact]
    public void Scores_missing_evidence_zero_and_lists_it_bonus_indicators_included()
    {
        var framework = Framework([Group("G1", Criterion("G1.1", Check("G1.1.1", 2m), Check("G1.1.2", 2m)))], bonus: [Check("B1", 1m)]);

        var card = new ScoringEngine(framework).Score(Self("G1.1.1", Met()).Build());

        card.Missing.Should().Equal("G1.1.2", "B1");
        card.Indicator("G1.1.2").Should().Match<IndicatorScore>(s => s.Points == 0m && s.IsMissing && s.Source == null);
        card.Indicator("B1").Should().Match<IndicatorScore>(s => s.Points == 0m && s.IsMissing);
        card.Indicator("G1.1.1").IsMissing.Should().BeFalse();
        card.Total.Should().Be(2m);
    }

    [Fact]
    public void Does_not_count_evidence_that_scores_zero_as_missing()
    {
        var card = new ScoringEngine(Of(Check("G1.1.1", 2m))).Score(Self("G1.1.1", Met(false)).Build());

        card.Indicator("G1.1.1").Points.Should().Be(0m);
        card.Missing.Should().BeEmpty();
    }

    [Fact]
    public void Adds_the_bonus_to_the_total()
    {
        var framework = Framework(
            [Group("G1", Criterion("G1.1", Check("G1.1.1", 60m), Check("G1.1.2", 40m)))],
            bonus: [Check("B1", 5m), Points("B2", 5m)]);

        var card = new ScoringEngine(framework).Score(
            Self("G1.1.1", Met()).AndSelf("G1.1.2", Met(false)).AndSelf("B1", Met()).AndSelf("B2", Awarded(2.5m)).Build());

        // groups 60; bonus 5 + 2.5 = 7.5; total 60 + 7.5 = 67.5
        card.Groups.Single().Points.Should().Be(60m);
        card.BonusIndicators.Select(b => b.Points).Should().Equal(5m, 2.5m);
        card.Bonus.Should().Be(7.5m);
        card.Total.Should().Be(67.5m);
        card.Rating.Code.Should().Be("fair");
    }

    [Fact]
    public void Lets_the_bonus_lift_the_total_above_the_groups_maximum()
    {
        var framework = Framework([Group("G1", Criterion("G1.1", Check("G1.1.1", 100m)))], bonus: [Check("B1", 5m)]);

        var card = new ScoringEngine(framework).Score(Self("G1.1.1", Met()).AndSelf("B1", Met()).Build());

        // 100 + 5 = 105, within the maximum 100 + bonus 5
        card.Total.Should().Be(105m);
    }

    [Fact]
    public void Refuses_a_maximum_with_more_decimals_than_the_framework_rounds_to()
    {
        // With 0 decimals a met indicator worth 0.5 would round to 1 point, above its maximum.
        var build = () => Framework([Group("G1", Criterion("G1.1", Check("G1.1.1", 0.5m)))], decimals: 0);

        build.Should().Throw<InvalidInputException>().Which.Problems.Select(p => p.ToString()).Should().Equal(
            "groups[0].criteria[0].indicators[0].maxPoints: 0.5 has more decimals than the framework's 0");
    }

    [Fact]
    public void Carries_the_unit_and_period_scored()
    {
        var card = new ScoringEngine(Of(Check("G1.1.1", 1m))).Score(None().For(Ward("26020")).Build());

        card.Unit.Code.Should().Be("26020");
        card.Period.Should().Be(AssessmentPeriod.OfYear(2024));
        card.Framework.Id.ToString().Should().Be("test-framework@1");
    }

    [Fact]
    public void Does_not_find_an_indicator_the_framework_lacks()
    {
        var card = new ScoringEngine(Of(Check("G1.1.1", 1m))).Score(None().Build());

        FluentActions.Invoking(() => card.Indicator("G9"))
            .Should().Throw<KeyNotFoundException>().WithMessage("'G9' is not an indicator of test-framework@1.");
    }

    [Fact]
    public void Gives_equal_figures_for_the_same_evidence_scored_twice()
    {
        var evidence = MixedPartly().Build();

        var first = FiguresOf(new ScoringEngine(Mixed()).Score(evidence));
        var again = FiguresOf(new ScoringEngine(Mixed()).Score(evidence));

        again.Should().BeEquivalentTo(first, o => o.WithStrictOrdering());
        first.Total.Should().Be(35.7m);
    }

    [Fact]
    public void Can_score_from_many_threads_at_once()
    {
        var engine = new ScoringEngine(Mixed());
        var partly = MixedPartly().Build();
        var fully = MixedFully().Build();
        var totals = new decimal[1000];
        var explanations = new ConcurrentBag<string>();

        Parallel.For(0, totals.Length, i =>
        {
            var card = engine.Score(i % 2 == 0 ? partly : fully);
            totals[i] = card.Total;
            explanations.Add(card.Indicator("G1.1.2").Explanation.En);
        });

        // even: 35.7 (TestEvidence.MixedPartly); odd: 10 + 5 + 5 + 20 + 5 = 45
        totals.Where((_, i) => i % 2 == 0).Should().AllSatisfy(t => t.Should().Be(35.7m));
        totals.Where((_, i) => i % 2 == 1).Should().AllSatisfy(t => t.Should().Be(45m));
        explanations.Distinct().Should().HaveCount(2);
    }

    private static ScorecardFigures FiguresOf(Scorecard card) => new(
        card.Total,
        card.BandRating.Code,
        card.Rating.Code,
        [.. card.Indicators.Select(i => $"{i.Indicator.Id} {i.Points} {i.Explanation.En} | {i.Explanation.Vi}")],
        [.. card.Groups.Select(g => g.Points)]);

    private sealed record ScorecardFigures(decimal Total, string BandRating, string Rating, IReadOnlyList<string> Indicators, IReadOnlyList<decimal> Groups);
}
