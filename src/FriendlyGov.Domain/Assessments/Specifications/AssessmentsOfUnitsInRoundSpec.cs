using Ardalis.Specification;
using FriendlyGov.Domain.Assessments;

namespace FriendlyGov.Domain.Assessments.Specifications;

/// <summary>The assessments of some units in one round, read in one query, by unit code.</summary>
public sealed class AssessmentsOfUnitsInRoundSpec : Specification<Assessment>
{
    /// <summary>Selects the assessments of <paramref name="unitCodes"/> in <paramref name="roundId"/>.</summary>
    /// <param name="roundId">The round.</param>
    /// <param name="unitCodes">The units.</param>
    public AssessmentsOfUnitsInRoundSpec(Guid roundId, IReadOnlyCollection<string> unitCodes) =>
        Query.Where(a => a.RoundId == roundId && unitCodes.Contains(a.UnitCode)).OrderBy(a => a.UnitCode).AsNoTracking();
}
