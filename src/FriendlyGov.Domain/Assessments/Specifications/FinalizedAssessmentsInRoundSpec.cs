using Ardalis.Specification;

namespace FriendlyGov.Domain.Assessments.Specifications;

/// <summary>The finalized assessments of one round, by unit code: what its published ranking ranks.</summary>
public sealed class FinalizedAssessmentsInRoundSpec : Specification<Assessment>
{
    /// <summary>Selects the finalized assessments of <paramref name="roundId"/>.</summary>
    /// <param name="roundId">The round.</param>
    public FinalizedAssessmentsInRoundSpec(Guid roundId) =>
        Query.Where(a => a.RoundId == roundId && a.State == AssessmentState.Finalized).OrderBy(a => a.UnitCode);
}
