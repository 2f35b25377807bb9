using Ardalis.Specification;

namespace FriendlyGov.Domain.Units.Specifications;

/// <summary>The unit with a code.</summary>
public sealed class UnitByCodeSpec : SingleResultSpecification<AdministrativeUnit>
{
    /// <summary>Selects the unit with <paramref name="code"/>.</summary>
    /// <param name="code">The official five-digit code.</param>
    public UnitByCodeSpec(string code) => Query.Where(u => u.Code == code);
}
