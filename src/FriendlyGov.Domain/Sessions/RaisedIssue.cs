using NodaTime;

namespace FriendlyGov.Domain.Sessions;

/// <summary>
/// An issue people raised at a "Morning with the People" session, with the deadline the commune
/// set for it and the date it was resolved.
/// </summary>
/// <param name="Number">The issue's number within its session, from 1 in the order raised.</param>
/// <param name="Summary">What the issue is about, NFC; no personal data of the citizens who raised it.</param>
/// <param name="Deadline">The last day to resolve it; not before the session.</param>
/// <param name="ResolvedOn">The day it was resolved; <see langword="null"/> while it is open.</param>
public sealed record RaisedIssue(int Number, string Summary, LocalDate Deadline, LocalDate? ResolvedOn = null)
{
    /// <summary>Whether the issue was resolved on or before its deadline.</summary>
    public bool ResolvedByDeadline => ResolvedOn is { } on && on <= Deadline;

    /// <summary>Whether the issue is open and its deadline has passed by <paramref name="today"/>.</summary>
    /// <param name="today">Today's date in Vietnam.</param>
    /// <returns><see langword="true"/> when unresolved and the deadline is before <paramref name="today"/>.</returns>
    public bool IsOverdueOn(LocalDate today) => ResolvedOn is null && Deadline < today;
}
