using FriendlyGov.Domain.Criteria;
using FriendlyGov.Domain.Evidence;
using FriendlyGov.Domain.Periods;
using FriendlyGov.Domain.Units;

namespace FriendlyGov.Domain.Scoring;

/// <summary>
/// One unit's result for one period under one framework: its total, rating, points per group,
/// criterion and indicator, bonus, the caps that apply, the indicators with missing evidence, and
/// an explanation of every figure.
/// </summary>
/// <remarks>
/// Indicator points are rounded to the framework's decimals; every other figure is an exact sum
/// of them. The same framework and evidence always give an equal scorecard.
/// </remarks>
public sealed class Scorecard
{
    private readonly Dictionary<string, IndicatorScore> _indicators;
    private readonly IndicatorScore[] _ordered;

    internal Scorecard(
        CriteriaFramework framework,
        AssessedUnit unit,
        AssessmentPeriod period,
        IReadOnlyList<GroupScore> groups,
        IReadOnlyList<IndicatorScore> bonusIndicators,
        decimal total,
        RatingBand bandRating,
        RatingBand rating,
        IReadOnlyList<AppliedCap> caps,
        Dictionary<string, IndicatorScore> indicators,
        IndicatorScore[] ordered,
        UnitEvidence evidence)
    {
        Evidence = evidence;
        Framework = framework;
        Unit = unit;
        Period = period;
        Groups = groups;
        BonusIndicators = bonusIndicators;
        Bonus = bonusIndicators.Sum(i => i.Points);
        Total = total;
        BandRating = bandRating;
        Rating = rating;
        Caps = caps;
        _indicators = indicators;
        _ordered = ordered;
    }

    /// <summary>The evidence that was scored.</summary>
    public UnitEvidence Evidence { get; }

    /// <summary>The framework the unit was scored against.</summary>
    public CriteriaFramework Framework { get; }

    /// <summary>The unit.</summary>
    public AssessedUnit Unit { get; }

    /// <summary>The assessment period.</summary>
    public AssessmentPeriod Period { get; }

    /// <summary>
    /// The total: the groups' points plus the bonus, within [0, maximum + bonus maximum].
    /// </summary>
    public decimal Total { get; }

    /// <summary>The rating the total earns before caps.</summary>
    public RatingBand BandRating { get; }

    /// <summary>The final rating: the band rating, or the lowest maximum of the caps that apply.</summary>
    public RatingBand Rating { get; }

    /// <summary>The group scores, in the framework's order.</summary>
    public IReadOnlyList<GroupScore> Groups { get; }

    /// <summary>The bonus indicators' scores.</summary>
    public IReadOnlyList<IndicatorScore> BonusIndicators { get; }

    /// <summary>The bonus points: the sum of the bonus indicators' points.</summary>
    public decimal Bonus { get; }

    /// <summary>The caps that apply, in the framework's order, each with its reason.</summary>
    public IReadOnlyList<AppliedCap> Caps { get; }

    /// <summary>Whether a cap lowered the rating.</summary>
    public bool IsCapped => Caps.Count > 0;

    /// <summary>Every criterion score, in order.</summary>
    public IEnumerable<CriterionScore> Criteria => Groups.SelectMany(g => g.Criteria);

    /// <summary>Every indicator score: the groups' in order, then the bonus indicators'.</summary>
    public IEnumerable<IndicatorScore> Indicators => InOrder(_ordered);

    /// <summary>The ids of the indicators with no evidence, in order.</summary>
    public IEnumerable<string> Missing => Indicators.Where(i => i.IsMissing).Select(i => i.Indicator.Id);

    /// <summary>The scores one by one, so that the array that keeps them cannot be cast back and changed.</summary>
    private static IEnumerable<IndicatorScore> InOrder(IndicatorScore[] scores)
    {
        foreach (var score in scores) yield return score;
    }

    /// <summary>The score of one indicator.</summary>
    /// <param name="id">The indicator's id.</param>
    /// <returns>Its score.</returns>
    /// <exception cref="KeyNotFoundException">The framework has no such indicator.</exception>
    public IndicatorScore Indicator(string id) =>
        _indicators.TryGetValue(id, out var score) ? score : throw new KeyNotFoundException($"'{id}' is not an indicator of {Framework.Id}.");
}
