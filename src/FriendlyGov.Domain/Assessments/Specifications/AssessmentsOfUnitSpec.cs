using Ardalis.Specification;
using NodaTime;

namespace FriendlyGov.Domain.Assessments.Specifications;

/// <summary>Every assessment of one unit, across rounds.</summary>
public sealed class AssessmentsOfUnitSpec : Specification<Assessment>
{
    /// <summary>Selects the assessments of <paramref name="unitCode"/>, of one form of it when <paramref name="unitExistedFrom"/> is given.</summary>
    /// <param name="unitCode">The unit's code.</param>
    /// <param name="unitExistedFrom">
    /// The unit's first day, which with the code names one unit; <see langword="null"/> for every unit
    /// that ever had the code (after a reform, a code may name a different unit).
    /// </param>
    public AssessmentsOfUnitSpec(string unitCode, LocalDate? unitExistedFrom = null)
    {
        if (unitExistedFrom is { } from) Query.Where(a => a.UnitCode == unitCode && a.UnitExistedFrom == from);
        else Query.Where(a => a.UnitCode == unitCode);
    }
}
