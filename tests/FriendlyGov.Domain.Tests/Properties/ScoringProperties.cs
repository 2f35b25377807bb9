using CsCheck;
using FriendlyGov.Domain.Criteria;
using FriendlyGov.Domain.Evidence;
using FriendlyGov.Domain.Scoring;

namespace FriendlyGov.Domain.Tests.Properties;

/// <summary>
/// DESIGN.md §3 stated as properties of every valid framework and every evidence that fits it,
/// not only of the examples the other tests work out by hand.
/// </summary>
public sealed class ScoringProperties
{
    private static Scorecard Score(CriteriaFramework framework, UnitEvidence evidence) =>
        new ScoringEngine(framework).Score(evidence);

    [Fact]
    public void Every_indicator_scores_between_0_and_its_maximum()
    {
        ValidEvidence.WithFramework.Sample((framework, evidence) =>
        {
            foreach (var score in Score(framework, evidence).Indicators)
                score.Points.Should().BeInRange(0m, score.Indicator.MaxPoints, "indicator {0}", score.Indicator.Id);
        }, iter: PropertyRuns.Frameworks);
    }

    [Fact]
    public void Criterion_group_bonus_and_total_points_are_exact_sums_of_indicator_points()
    {
        ValidEvidence.WithFramework.Sample((framework, evidence) =>
        {
            var card = Score(framework, evidence);
            foreach (var criterion in card.Criteria)
                criterion.Points.Should().Be(criterion.Indicators.Sum(i => i.Points), "criterion {0}", criterion.Criterion.Id);
            foreach (var group in card.Groups)
                group.Points.Should().Be(group.Criteria.Sum(c => c.Points), "group {0}", group.Group.Id);
            card.Bonus.Should().Be(card.BonusIndicators.Sum(i => i.Points));
            // The total is the sum of groups and bonus, clamped to [0, maxPoints + bonus max].
            var sum = card.Groups.Sum(g => g.Points) + card.Bonus;
            card.Total.Should().Be(Math.Clamp(sum, 0m, framework.MaxPoints + framework.BonusMaxPoints));
        }, iter: PropertyRuns.Frameworks);
    }

    [Fact]
    public void Indicator_points_are_rounded_to_the_frameworks_decimals()
    {
        ValidEvidence.WithFramework.Sample((framework, evidence) =>
        {
            foreach (var score in Score(framework, evidence).Indicators)
                Math.Round(score.Points, framework.Decimals).Should().Be(score.Points, "indicator {0}", score.Indicator.Id);
        }, iter: PropertyRuns.Frameworks);
    }

    [Fact]
    public void The_same_evidence_gives_the_same_figures_and_explanations()
    {
        ValidEvidence.WithFramework.Sample((framework, evidence) =>
        {
            // Two engines, so nothing one of them remembers can make the second scorecard agree.
            Describe(Score(framework, evidence)).Should().Equal(Describe(Score(framework, evidence)));
        }, iter: PropertyRuns.Frameworks);
    }

    [Fact]
    public void The_band_rating_is_the_highest_band_the_total_reaches()
    {
        ValidEvidence.WithFramework.Sample((framework, evidence) =>
        {
            var card = Score(framework, evidence);
            card.BandRating.MinPoints.Should().BeLessThanOrEqualTo(card.Total);
            framework.Ratings.Where(r => r.MinPoints <= card.Total).Should().OnlyContain(r => framework.CompareRatings(card.BandRating, r) <= 0);
        }, iter: PropertyRuns.Frameworks);
    }

    [Fact]
    public void A_cap_never_raises_the_rating()
    {
        ValidEvidence.WithFramework.Sample((framework, evidence) =>
        {
            var card = Score(framework, evidence);
            // CompareRatings is positive when the first rating is worse.
            framework.CompareRatings(card.Rating, card.BandRating).Should().BeGreaterThanOrEqualTo(0);
            foreach (var applied in card.Caps)
                framework.CompareRatings(framework.FindRating(applied.Cap.MaxRating)!, card.BandRating).Should().BeGreaterThan(0);
            // The final rating is the lowest maxRating among the caps that apply, the band rating where none does.
            var expected = card.Caps.Select(c => framework.FindRating(c.Cap.MaxRating)!).Append(card.BandRating)
                .MaxBy(r => framework.Ratings.ToList().IndexOf(r));
            card.Rating.Should().Be(expected);
        }, iter: PropertyRuns.Frameworks);
    }

    /// <summary>Every figure and text of a scorecard, one line each.</summary>
    private static List<string> Describe(Scorecard card)
    {
        var lines = new List<string> { $"total {card.Total}", $"band {card.BandRating.Code}", $"rating {card.Rating.Code}", $"bonus {card.Bonus}" };
        lines.AddRange(card.Groups.Select(g => $"{g.Group.Id} {g.Points}"));
        lines.AddRange(card.Criteria.Select(c => $"{c.Criterion.Id} {c.Points}"));
        lines.AddRange(card.Indicators.Select(i =>
            $"{i.Indicator.Id} {i.Points} {i.Source} {i.SelfAssessedPoints} {i.AppraisedPoints} | {i.Explanation.Vi} | {i.Explanation.En}"));
        lines.AddRange(card.Caps.Select(c => $"cap {c.Cap.Id} | {c.Reason.Vi} | {c.Reason.En}"));
        return lines;
    }
}
