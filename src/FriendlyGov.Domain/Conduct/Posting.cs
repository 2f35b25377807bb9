using NodaTime;

namespace FriendlyGov.Domain.Conduct;

/// <summary>An official's posting: a role in one unit from one date, until another date or open-ended.</summary>
/// <param name="UnitCode">The unit's official code.</param>
/// <param name="Role">The role held there.</param>
/// <param name="From">The first day of the posting.</param>
/// <param name="Until">The last day, or <see langword="null"/> while it lasts.</param>
public sealed record Posting(string UnitCode, OfficialRole Role, LocalDate From, LocalDate? Until = null)
{
    /// <summary>Whether the posting covers <paramref name="date"/>.</summary>
    /// <param name="date">A local date.</param>
    /// <returns><see langword="true"/> from <see cref="From"/> to <see cref="Until"/> inclusive.</returns>
    public bool Covers(LocalDate date) => date >= From && (Until is null || date <= Until);
}
