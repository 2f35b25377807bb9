namespace FriendlyGov.Application.Audit.GetProvinceAuditTrail;

/// <summary>The audit trail of every round of a province, a page at a time.</summary>
/// <remarks>
/// Who may send it: an appraiser or administrator of the province (rule <c>reader-in-scope</c>).
/// What it returns: an <see cref="AuditTrailPage"/> of the committed entries about any round of
/// the province (<c>round/{id}</c>) or any assessment in one (<c>assessment/{id}</c>), in sequence
/// order, starting after <paramref name="AfterSequence"/>; a province with no rounds has an empty
/// trail. Entries about officials, observations, feedback, plans and other records are not
/// included. Ask again with <see cref="AuditTrailPage.NextAfterSequence"/> until it is
/// <see langword="null"/>.
/// What it changes: nothing. What it raises: nothing.
/// </remarks>
/// <param name="Province">The province's short name, as its units were registered with (compared in NFC).</param>
/// <param name="AfterSequence">The sequence after which the page starts: 0 for the first page.</param>
/// <param name="PageSize">The most entries the page holds, from 1 to 1000.</param>
public sealed record GetProvinceAuditTrail(string Province, long AfterSequence = 0, int PageSize = 100) : IQuery<AuditTrailPage>;
