using Ardalis.Specification;

namespace FriendlyGov.Domain.Conduct.Specifications;

/// <summary>The observation recorded under a key, if any: what makes recording idempotent.</summary>
public sealed class ObservationByKeySpec : SingleResultSpecification<ConductObservation>
{
    /// <summary>Selects the observation with <paramref name="key"/>.</summary>
    /// <param name="key">The official, rule, date and source reference.</param>
    public ObservationByKeySpec(ObservationKey key) =>
        Query.Where(o => o.Key.OfficialCode == key.OfficialCode && o.Key.RuleId == key.RuleId
            && o.Key.On == key.On && o.Key.SourceReference == key.SourceReference);
}
