using Ardalis.Specification;
using NodaTime;

namespace FriendlyGov.Domain.Conduct.Specifications;

/// <summary>The conduct observations in a set of units dated within a range, such as a province's.</summary>
public sealed class ObservationsInUnitsSpec : Specification<ConductObservation>
{
    /// <summary>Selects the observations in <paramref name="unitCodes"/> from <paramref name="start"/> to <paramref name="end"/>.</summary>
    /// <param name="unitCodes">The units.</param>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day.</param>
    public ObservationsInUnitsSpec(IReadOnlyCollection<string> unitCodes, LocalDate start, LocalDate end) =>
        Query.Where(o => unitCodes.Contains(o.UnitCode) && o.Key.On >= start && o.Key.On <= end);
}
