using Ardalis.Specification;

namespace FriendlyGov.Domain.Assessments.Specifications;

/// <summary>Every assessment of one unit, across rounds.</summary>
public sealed class AssessmentsOfUnitSpec : Specification<Assessment>
{
    /// <summary>Selects the assessments of <paramref name="unitCode"/>.</summary>
    /// <param name="unitCode">The unit.</param>
    public AssessmentsOfUnitSpec(string unitCode) =>
        Query.Where(a => a.UnitCode == unitCode);
}
