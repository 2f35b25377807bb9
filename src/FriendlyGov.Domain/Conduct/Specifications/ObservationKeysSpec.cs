using Ardalis.Specification;
using FriendlyGov.Domain.Conduct;
using NodaTime;

namespace FriendlyGov.Domain.Conduct.Specifications;

/// <summary>
/// The keys of the observations already recorded about some officials within a range of dates:
/// what a bulk recording must skip, found in one query that returns the keys only.
/// </summary>
public sealed class ObservationKeysSpec : Specification<ConductObservation, ObservationKey>
{
    /// <summary>Selects the keys of the observations about <paramref name="officialCodes"/> from <paramref name="start"/> to <paramref name="end"/>.</summary>
    /// <param name="officialCodes">The officials.</param>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day.</param>
    public ObservationKeysSpec(IReadOnlyCollection<string> officialCodes, LocalDate start, LocalDate end)
    {
        Query.Where(o => officialCodes.Contains(o.Key.OfficialCode) && o.Key.On >= start && o.Key.On <= end);
        Query.Select(o => new ObservationKey(o.Key.OfficialCode, o.Key.RuleId, o.Key.On, o.Key.SourceReference));
    }
}
