using Ardalis.Specification;
using FriendlyGov.Domain.Assessments;

namespace FriendlyGov.Domain.Assessments.Specifications;

/// <summary>The ids of the assessments of some rounds, without reading their evidence.</summary>
public sealed class AssessmentIdsInRoundsSpec : Specification<Assessment, Guid>
{
    /// <summary>Selects the ids of the assessments of <paramref name="roundIds"/>.</summary>
    /// <param name="roundIds">The rounds.</param>
    public AssessmentIdsInRoundsSpec(IReadOnlyList<Guid> roundIds)
    {
        Query.Where(a => roundIds.Contains(a.RoundId));
        Query.Select(a => a.Id);
    }
}
