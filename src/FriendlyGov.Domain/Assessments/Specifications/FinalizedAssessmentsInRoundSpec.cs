using Ardalis.Specification;

namespace FriendlyGov.Domain.Assessments.Specifications;

/// <summary>
/// The assessments of one round that were ever finalized, by unit code: what its published
/// ranking ranks. One reopened on appeal stays, with the scorecard it was last finalized with,
/// until it is finalized again.
/// </summary>
public sealed class FinalizedAssessmentsInRoundSpec : Specification<Assessment>
{
    /// <summary>Selects the assessments of <paramref name="roundId"/> finalized at least once.</summary>
    /// <param name="roundId">The round.</param>
    public FinalizedAssessmentsInRoundSpec(Guid roundId) =>
        Query.Where(a => a.RoundId == roundId && a.FinalizedAt != null).OrderBy(a => a.UnitCode);
}
