using Ardalis.Specification;
using NodaTime;

namespace FriendlyGov.Domain.Units.Specifications;

/// <summary>The unit a code named on a day.</summary>
/// <remarks>
/// A code may name several units over time (26041 was Phường Quyết Thắng until 30 June 2025 and is
/// Phường Trấn Biên from 1 July 2025); their lifetimes never overlap, so a code and a day name at
/// most one. There is no "latest form" of a code: a request names the unit of its own day.
/// </remarks>
public sealed class UnitByCodeSpec : SingleResultSpecification<AdministrativeUnit>
{
    /// <summary>Selects the unit with <paramref name="code"/> that existed on <paramref name="on"/>.</summary>
    /// <param name="code">The official five-digit code.</param>
    /// <param name="on">The day.</param>
    public UnitByCodeSpec(string code, LocalDate on) =>
        Query.Where(u => u.Code == code && u.ExistedFrom <= on && (u.ExistedUntil == null || u.ExistedUntil >= on));
}
