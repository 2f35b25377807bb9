using FriendlyGov.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace FriendlyGov.Infrastructure.Persistence;

/// <summary>
/// Links the audit entries a save adds into the hash chain, inside the save's transaction, after
/// taking the audit trail's write lock, so that concurrent commits append one after the other.
/// </summary>
/// <remarks>
/// The lock is the provider's (<see cref="FriendlyGovDbContext.LockAuditTrailAsync"/>): a
/// transaction-scoped advisory lock on PostgreSQL; on SQLite the transaction EF Core begins is
/// <c>BEGIN IMMEDIATE</c>, which holds the database's write lock from the start. The primary key
/// on the sequence is the safety net either way.
/// </remarks>
internal static class AuditChainWriter
{
    /// <summary>Gives each added entry its sequence, previous hash and hash, in the order they were added.</summary>
    /// <param name="context">The context, inside a transaction.</param>
    /// <param name="staged">The added entries.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public static async Task LinkStagedAsync(FriendlyGovDbContext context, IReadOnlyList<EntityEntry<AuditEntry>> staged, CancellationToken cancellationToken)
    {
        var previous = await LockAndLinkEarlierAsync(context, cancellationToken).ConfigureAwait(false);

        // EF numbers staged entries with temporary keys that increase in the order they were added;
        // after a failed save they keep the numbers given here, which increase in the same order.
        foreach (var entry in staged.OrderBy(e => e.Property(a => a.Sequence).CurrentValue).ToList())
        {
            var linked = AuditChain.Link(previous, entry.Entity);
            entry.Property(a => a.Sequence).CurrentValue = linked.Sequence;
            entry.Property(a => a.Sequence).IsTemporary = false;
            entry.Property(a => a.PreviousHash).CurrentValue = linked.PreviousHash;
            entry.Property(a => a.Hash).CurrentValue = linked.Hash;
            previous = linked;
        }
    }

    /// <summary>
    /// Takes the lock and links the entries written before the chain existed (they have no hash),
    /// in their sequence order.
    /// </summary>
    /// <param name="context">The context, inside a transaction.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The last entry of the trail, linked, or <see langword="null"/> when the trail is empty.</returns>
    public static async Task<AuditEntry?> LockAndLinkEarlierAsync(FriendlyGovDbContext context, CancellationToken cancellationToken)
    {
        await context.LockAuditTrailAsync(cancellationToken).ConfigureAwait(false);

        var trail = context.AuditTrail.AsNoTracking();
        var last = await trail.OrderByDescending(e => e.Sequence).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (last is null || last.IsLinked) return last;

        var unlinked = await trail.Where(e => e.Hash == string.Empty).OrderBy(e => e.Sequence).ToListAsync(cancellationToken).ConfigureAwait(false);
        var previous = await trail.Where(e => e.Sequence < unlinked[0].Sequence).OrderByDescending(e => e.Sequence).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        foreach (var entry in unlinked)
        {
            var linked = AuditChain.Link(previous, entry);
            if (linked.Sequence != entry.Sequence)
                throw new InvalidOperationException($"Audit entry {entry.Id} has sequence {entry.Sequence} but follows entry {previous?.Sequence ?? 0}: the trail has gaps from before it was chained, so it cannot be linked.");
            await trail.Where(e => e.Sequence == entry.Sequence && e.Hash == string.Empty)
                .ExecuteUpdateAsync(set => set.SetProperty(e => e.PreviousHash, linked.PreviousHash).SetProperty(e => e.Hash, linked.Hash), cancellationToken)
                .ConfigureAwait(false);
            previous = linked;
        }

        return previous;
    }
}
