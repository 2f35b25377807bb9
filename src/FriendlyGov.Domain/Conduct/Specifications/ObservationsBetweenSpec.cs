using Ardalis.Specification;
using NodaTime;

namespace FriendlyGov.Domain.Conduct.Specifications;

/// <summary>The conduct observations dated within a range, in any unit.</summary>
public sealed class ObservationsBetweenSpec : Specification<ConductObservation>
{
    /// <summary>Selects the observations dated from <paramref name="start"/> to <paramref name="end"/>.</summary>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day.</param>
    public ObservationsBetweenSpec(LocalDate start, LocalDate end) =>
        Query.Where(o => o.Key.On >= start && o.Key.On <= end);
}
