using FriendlyGov.Domain.Criteria;

namespace FriendlyGov.Domain.Scoring;

/// <summary>The points a group earned: the exact sum of its criteria's points.</summary>
/// <param name="Group">The group.</param>
/// <param name="Points">The sum of its criteria's points.</param>
/// <param name="Criteria">Its criteria's scores, in order.</param>
public sealed record GroupScore(CriterionGroup Group, decimal Points, IReadOnlyList<CriterionScore> Criteria);
