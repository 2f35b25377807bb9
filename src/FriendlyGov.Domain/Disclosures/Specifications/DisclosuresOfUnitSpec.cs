using Ardalis.Specification;

namespace FriendlyGov.Domain.Disclosures.Specifications;

/// <summary>A unit's disclosures.</summary>
public sealed class DisclosuresOfUnitSpec : Specification<Disclosure>
{
    /// <summary>Selects the disclosures of <paramref name="unitCode"/>.</summary>
    /// <param name="unitCode">The unit.</param>
    public DisclosuresOfUnitSpec(string unitCode) =>
        Query.Where(d => d.UnitCode == unitCode);
}
