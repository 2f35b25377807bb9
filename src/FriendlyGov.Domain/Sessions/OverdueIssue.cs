using NodaTime;

namespace FriendlyGov.Domain.Sessions;

/// <summary>An issue still open after its deadline.</summary>
/// <param name="SessionId">The session it was raised at.</param>
/// <param name="HeldOn">The date of that session.</param>
/// <param name="Number">The issue's number within the session.</param>
/// <param name="Summary">What the issue is about.</param>
/// <param name="Deadline">Its deadline.</param>
/// <param name="DaysOverdue">Days from the deadline to today; 1 the day after the deadline.</param>
public sealed record OverdueIssue(Guid SessionId, LocalDate HeldOn, int Number, string Summary, LocalDate Deadline, int DaysOverdue);
