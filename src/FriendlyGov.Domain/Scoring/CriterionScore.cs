using FriendlyGov.Domain.Criteria;

namespace FriendlyGov.Domain.Scoring;

/// <summary>The points a criterion earned: the exact sum of its indicators' rounded points.</summary>
/// <param name="Criterion">The criterion.</param>
/// <param name="Points">The sum of its indicators' points.</param>
/// <param name="Indicators">Its indicators' scores, in order.</param>
public sealed record CriterionScore(Criterion Criterion, decimal Points, IReadOnlyList<IndicatorScore> Indicators);
