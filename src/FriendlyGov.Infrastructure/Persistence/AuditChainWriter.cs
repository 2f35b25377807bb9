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
    // Read by every save under the lock, so compiled.
    private static readonly CompiledPerModel<Func<FriendlyGovDbContext, CancellationToken, Task<AuditEntry?>>> LastEntry =
        new(() => EF.CompileAsyncQuery((FriendlyGovDbContext db, CancellationToken _) =>
            db.AuditTrail.AsNoTracking().OrderByDescending(e => e.Sequence).FirstOrDefault()));

    /// <summary>Gives each added entry its sequence, previous hash and hash, in the order they were added.</summary>
    /// <param name="context">The context, inside a transaction.</param>
    /// <param name="staged">The added entries.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public static async Task LinkStagedAsync(FriendlyGovDbContext context, IReadOnlyList<EntityEntry<AuditEntry>> staged, CancellationToken cancellationToken)
    {
        var previous = await LockAndLinkEarlierAsync(context, refuseBlanked: true, cancellationToken).ConfigureAwait(false);

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
    /// Takes the lock and, once, links the entries written before the chain existed (a trail of
    /// which no entry has a hash), in their sequence order.
    /// </summary>
    /// <remarks>
    /// An entry without a hash after one that has a hash is never linked: the hash was blanked
    /// behind the library's back, which is tampering to report (<see cref="AuditTrailVerifier"/>
    /// names it), not a gap to fill. When the last entry is such an entry, nothing can be appended
    /// after it: <paramref name="refuseBlanked"/> says whether to throw (on save) or leave the trail
    /// as it is (when the database is opened).
    /// </remarks>
    /// <param name="context">The context, inside a transaction.</param>
    /// <param name="refuseBlanked">Whether a blanked last entry is refused with an exception rather than left alone.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The last entry of the trail, linked, or <see langword="null"/> when the trail is empty.</returns>
    /// <exception cref="InvalidOperationException">The last entry's hash was blanked and <paramref name="refuseBlanked"/> is set.</exception>
    public static async Task<AuditEntry?> LockAndLinkEarlierAsync(FriendlyGovDbContext context, bool refuseBlanked, CancellationToken cancellationToken)
    {
        await context.LockAuditTrailAsync(cancellationToken).ConfigureAwait(false);

        var trail = context.AuditTrail.AsNoTracking();
        var last = await LastEntry.For(context)(context, cancellationToken).ConfigureAwait(false);
        if (last is null || last.IsLinked) return last;

        var linkedBefore = await trail.Where(e => e.Hash != string.Empty).OrderByDescending(e => e.Sequence).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (linkedBefore is not null)
        {
            return refuseBlanked
                ? throw new InvalidOperationException($"The audit trail was altered behind the library's back: entry {last.Sequence} has no hash although entry {linkedBefore.Sequence} before it is linked, so nothing can be appended after it; nothing was saved. Run 'friendlygov audit verify' to find the first entry altered and restore the trail from a backup.")
                : last;
        }

        var unlinked = await trail.OrderBy(e => e.Sequence).ToListAsync(cancellationToken).ConfigureAwait(false);
        AuditEntry? previous = null;
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
