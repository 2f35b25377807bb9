using Ardalis.Specification;

namespace FriendlyGov.Domain.Units.Specifications;

/// <summary>The units with the given codes, every form of each (a code may name several units over time), by code and first day.</summary>
public sealed class UnitsByCodeSpec : Specification<AdministrativeUnit>
{
    /// <summary>Selects the units whose codes are in <paramref name="codes"/>.</summary>
    /// <param name="codes">The codes.</param>
    public UnitsByCodeSpec(IReadOnlyCollection<string> codes) =>
        Query.Where(u => codes.Contains(u.Code)).OrderBy(u => u.Code).ThenBy(u => u.ExistedFrom);
}
