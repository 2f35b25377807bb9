namespace FriendlyGov.Application.Audit.GetRoundAuditTrail;

/// <summary>The audit trail of a whole round, a page at a time: who did what to it and to each of its assessments, and when.</summary>
/// <remarks>
/// Who may send it: an appraiser or administrator of the round's province (rule
/// <c>reader-in-scope</c>).
/// What it returns: an <see cref="AuditTrailPage"/> of the committed entries whose subject is the
/// round (<c>round/{id}</c>: opening, evidence recorded in bulk) or one of its assessments
/// (<c>assessment/{id}</c>), in sequence order, starting after <paramref name="AfterSequence"/>.
/// Ask again with the page's <see cref="AuditTrailPage.NextAfterSequence"/> until it is
/// <see langword="null"/>. <see cref="GetAuditTrail.GetAuditTrail"/> reads one assessment's.
/// What it changes: nothing. What it raises: nothing.
/// </remarks>
/// <param name="RoundId">The round.</param>
/// <param name="AfterSequence">The sequence after which the page starts: 0 for the first page.</param>
/// <param name="PageSize">The most entries the page holds, from 1 to 1000.</param>
public sealed record GetRoundAuditTrail(Guid RoundId, long AfterSequence = 0, int PageSize = 100) : IQuery<AuditTrailPage>;
