using FriendlyGov.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FriendlyGov.Infrastructure.Persistence;

/// <summary>Keeps the audit trail append-only: a save that would change or remove an entry is refused.</summary>
internal sealed class AuditTrailGuard : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Check(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Check(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    private static void Check(DbContext? context)
    {
        var touched = context?.ChangeTracker.Entries<AuditEntry>().FirstOrDefault(e => e.State is EntityState.Modified or EntityState.Deleted);
        if (touched is not null)
            throw new InvalidOperationException($"The audit trail is append-only: entry {touched.Entity.Id} cannot be {(touched.State == EntityState.Deleted ? "removed" : "changed")}.");
    }
}
