using Ardalis.Specification;
using NodaTime;

namespace FriendlyGov.Domain.Conduct.Specifications;

/// <summary>The conduct observations in one unit dated within a range.</summary>
public sealed class ObservationsInUnitSpec : Specification<ConductObservation>
{
    /// <summary>Selects the observations in <paramref name="unitCode"/> from <paramref name="start"/> to <paramref name="end"/>.</summary>
    /// <param name="unitCode">The unit.</param>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day.</param>
    public ObservationsInUnitSpec(string unitCode, LocalDate start, LocalDate end) =>
        Query.Where(o => o.UnitCode == unitCode && o.Key.On >= start && o.Key.On <= end);
}
