using FriendlyGov.Domain.Audit;
using FriendlyGov.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FriendlyGov.Infrastructure;

/// <summary>
/// Checks that a database's audit trail is the one the library wrote: every entry in sequence
/// order, unchanged, none removed and none inserted (<see href="https://github.com/friendlygov/friendlygov/blob/main/docs/audit.md">docs/audit.md</see>).
/// </summary>
public static class AuditTrailVerifier
{
    /// <summary>Reads the whole trail in sequence order, one entry at a time, and checks its hash chain.</summary>
    /// <param name="context">A context on the database; nothing is written.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>How many entries were read, the last entry's hash and the first entry changed, removed or inserted, if any.</returns>
    public static Task<AuditChainReport> VerifyAsync(FriendlyGovDbContext context, CancellationToken cancellationToken = default) =>
        VerifyAsync(context, null, cancellationToken);

    /// <summary>
    /// Reads the whole trail in sequence order and checks its hash chain and that it still passes
    /// through a checkpoint kept outside the database: the entry at the checkpoint's sequence
    /// exists and has the checkpoint's hash.
    /// </summary>
    /// <param name="context">A context on the database; nothing is written.</param>
    /// <param name="checkpoint">The checkpoint, its signature already checked (<see cref="SignedAuditCheckpoint.IsSignedBy"/>); <see langword="null"/> to check the chain alone.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>How many entries were read, the last entry's hash and the first break, if any.</returns>
    public static async Task<AuditChainReport> VerifyAsync(FriendlyGovDbContext context, AuditCheckpoint? checkpoint, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(context);
        var verifier = new AuditChainVerifier(checkpoint);
        var entries = context.AuditTrail.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false);
        await foreach (var entry in entries)
        {
            if (!verifier.Add(entry)) break;
        }

        return verifier.Report;
    }
}
