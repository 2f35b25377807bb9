using Ardalis.Specification;

namespace FriendlyGov.Domain.Assessments.Specifications;

/// <summary>The assessments of one round, by unit code.</summary>
public sealed class AssessmentsInRoundSpec : Specification<Assessment>
{
    /// <summary>Selects the assessments of <paramref name="roundId"/>.</summary>
    /// <param name="roundId">The round.</param>
    public AssessmentsInRoundSpec(Guid roundId) =>
        Query.Where(a => a.RoundId == roundId).OrderBy(a => a.UnitCode);
}
