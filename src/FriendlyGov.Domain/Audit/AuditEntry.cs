using NodaTime;

namespace FriendlyGov.Domain.Audit;

/// <summary>
/// One line of the append-only audit trail: who did what, to what, and when. Entries are only
/// ever added, never changed or removed.
/// </summary>
/// <param name="Id">The entry's identity.</param>
/// <param name="At">When the command was accepted, by the clock.</param>
/// <param name="Actor">Who sent it (an actor's id).</param>
/// <param name="Action">What was done: the request's name, such as <c>FinalizeAssessment</c>.</param>
/// <param name="Subject">What it was done to, such as <c>assessment/{id}</c> or <c>round/{id}</c>.</param>
/// <param name="Summary">What changed, in a sentence.</param>
public sealed record AuditEntry(Guid Id, Instant At, string Actor, string Action, string Subject, string Summary);
