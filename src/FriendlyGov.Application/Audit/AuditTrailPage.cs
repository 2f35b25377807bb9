using FriendlyGov.Domain.Audit;

namespace FriendlyGov.Application.Audit;

/// <summary>One page of an audit trail, oldest first, and where the next page starts.</summary>
/// <remarks>
/// Pages are keyed by the trail's sequence, not by an offset: entries committed while a reader
/// pages through land after the last page and never shift the pages already read.
/// </remarks>
/// <param name="Entries">The page's entries in sequence order; at most the page size asked for.</param>
/// <param name="NextAfterSequence">
/// The <c>AfterSequence</c> to ask for the next page (the sequence of this page's last entry), or
/// <see langword="null"/> when this page is the last.
/// </param>
public sealed record AuditTrailPage(IReadOnlyList<AuditEntry> Entries, long? NextAfterSequence);
