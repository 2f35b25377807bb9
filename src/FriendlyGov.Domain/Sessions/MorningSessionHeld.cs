using NodaTime;

namespace FriendlyGov.Domain.Sessions;

/// <summary>A "Morning with the People" session was recorded.</summary>
/// <param name="SessionId">The session.</param>
/// <param name="UnitCode">The unit.</param>
/// <param name="HeldOn">The date of the session.</param>
/// <param name="ChairCode">The official who chaired it.</param>
/// <param name="IssueCount">How many issues were raised.</param>
/// <param name="By">Who recorded it.</param>
/// <param name="At">When.</param>
public sealed record MorningSessionHeld(Guid SessionId, string UnitCode, LocalDate HeldOn, string ChairCode, int IssueCount, string By, Instant At) : IDomainEvent;
