using NodaTime;

namespace FriendlyGov.Domain.Sessions;

/// <summary>An issue as it is recorded with its session: what it is about and its deadline.</summary>
/// <param name="Summary">What the issue is about; no personal data of the citizens who raised it.</param>
/// <param name="Deadline">The last day to resolve it; not before the session.</param>
public sealed record IssueToRaise(string Summary, LocalDate Deadline);
