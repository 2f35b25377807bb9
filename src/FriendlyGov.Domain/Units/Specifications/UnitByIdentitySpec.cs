using Ardalis.Specification;
using NodaTime;

namespace FriendlyGov.Domain.Units.Specifications;

/// <summary>The unit with a code that took its form on a day: the identity of a unit across reforms.</summary>
public sealed class UnitByIdentitySpec : SingleResultSpecification<AdministrativeUnit>
{
    /// <summary>Selects the unit <paramref name="code"/> that existed from <paramref name="existedFrom"/>.</summary>
    /// <param name="code">The official five-digit code.</param>
    /// <param name="existedFrom">The first day of the unit in this form.</param>
    public UnitByIdentitySpec(string code, LocalDate existedFrom) =>
        Query.Where(u => u.Code == code && u.ExistedFrom == existedFrom);
}
