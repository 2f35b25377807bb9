using Ardalis.Specification;

namespace FriendlyGov.Domain.Assessments.Specifications;

/// <summary>The assessment of one unit in one round.</summary>
public sealed class AssessmentOfUnitInRoundSpec : SingleResultSpecification<Assessment>
{
    /// <summary>Selects the assessment of <paramref name="unitCode"/> in <paramref name="roundId"/>.</summary>
    /// <param name="roundId">The round.</param>
    /// <param name="unitCode">The unit.</param>
    public AssessmentOfUnitInRoundSpec(Guid roundId, string unitCode) =>
        Query.Where(a => a.RoundId == roundId && a.UnitCode == unitCode);
}
