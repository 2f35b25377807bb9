using NodaTime;

namespace FriendlyGov.Application.Sessions.HoldSession;

/// <summary>An issue raised at a session, as <see cref="HoldSession"/> records it.</summary>
/// <param name="Summary">What it is about; no personal data of the citizens who raised it.</param>
/// <param name="Deadline">The last day to resolve it.</param>
public sealed record SessionIssue(string Summary, LocalDate Deadline);
