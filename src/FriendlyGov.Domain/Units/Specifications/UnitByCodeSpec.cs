using Ardalis.Specification;
using NodaTime;

namespace FriendlyGov.Domain.Units.Specifications;

/// <summary>The unit a code names: on a day, or its latest form.</summary>
/// <remarks>
/// A code may name several units over time (26041 was Phường Quyết Thắng until 30 June 2025 and is
/// Phường Trấn Biên from 1 July 2025); their lifetimes never overlap, so a code and a day name at
/// most one. Without a day, the latest form is selected: the unit the code names now, or last named.
/// </remarks>
public sealed class UnitByCodeSpec : SingleResultSpecification<AdministrativeUnit>
{
    /// <summary>Selects the unit with <paramref name="code"/> that existed on <paramref name="on"/>, or its latest form.</summary>
    /// <param name="code">The official five-digit code.</param>
    /// <param name="on">The day; <see langword="null"/> for the latest form.</param>
    public UnitByCodeSpec(string code, LocalDate? on = null)
    {
        if (on is { } day) Query.Where(u => u.Code == code && u.ExistedFrom <= day && (u.ExistedUntil == null || u.ExistedUntil >= day));
        else Query.Where(u => u.Code == code).OrderByDescending(u => u.ExistedFrom);
    }
}
