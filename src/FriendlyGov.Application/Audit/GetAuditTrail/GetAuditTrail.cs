using FriendlyGov.Domain.Audit;

namespace FriendlyGov.Application.Audit.GetAuditTrail;

/// <summary>The audit trail of a unit's assessment in a round: who did what to it, and when.</summary>
/// <remarks>
/// Who may send it: an appraiser or administrator of the round's province (rule
/// <c>reader-in-scope</c>).
/// What it returns: every committed audit entry whose subject is the assessment
/// (<c>assessment/{id}</c>), oldest first: submission, appraisal, finalization, appeals, evidence.
/// What it changes: nothing. What it raises: nothing.
/// </remarks>
/// <param name="RoundId">The round.</param>
/// <param name="UnitCode">The unit; it must be assessed in the round.</param>
public sealed record GetAuditTrail(Guid RoundId, string UnitCode) : IQuery<IReadOnlyList<AuditEntry>>;
