using NodaTime;

namespace FriendlyGov.Domain.Sessions;

/// <summary>An issue raised at a "Morning with the People" session was resolved.</summary>
/// <param name="SessionId">The session.</param>
/// <param name="Number">The issue's number.</param>
/// <param name="ResolvedOn">The day it was resolved.</param>
/// <param name="By">Who recorded it.</param>
/// <param name="At">When.</param>
public sealed record SessionIssueResolved(Guid SessionId, int Number, LocalDate ResolvedOn, string By, Instant At) : IDomainEvent;
