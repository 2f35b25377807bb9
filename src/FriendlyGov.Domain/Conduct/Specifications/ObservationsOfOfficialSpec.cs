using Ardalis.Specification;

namespace FriendlyGov.Domain.Conduct.Specifications;

/// <summary>The conduct observations about one official.</summary>
public sealed class ObservationsOfOfficialSpec : Specification<ConductObservation>
{
    /// <summary>Selects the observations about <paramref name="officialCode"/>.</summary>
    /// <param name="officialCode">The official's code.</param>
    public ObservationsOfOfficialSpec(string officialCode) =>
        Query.Where(o => o.Key.OfficialCode == officialCode);
}
