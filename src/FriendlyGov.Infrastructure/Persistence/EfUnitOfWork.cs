using FriendlyGov.Application.Ports;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Assessments;
using Microsoft.EntityFrameworkCore;

namespace FriendlyGov.Infrastructure.Persistence;

/// <summary>
/// Commits a command's aggregates, audit entry and idempotency record in one SaveChanges, which
/// EF Core runs in one transaction: all of it is saved or none of it. It hands back the aggregates
/// (tracked, or staged for the bulk path) that raised domain events, for the pipeline to publish them after the commit.
/// </summary>
/// <param name="context">The scope's database context.</param>
public sealed class EfUnitOfWork(FriendlyGovDbContext context) : IUnitOfWork
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<AggregateRoot>> SaveChangesAsync(CancellationToken cancellationToken)
    {
        // Listed before the save, since a removed aggregate is no longer tracked after it, and the
        // rows written through the bulk path, which are never tracked, are forgotten by it.
        List<AggregateRoot> raising =
        [
            .. context.ChangeTracker.Entries<AggregateRoot>().Select(e => e.Entity).Concat(context.StagedBulkAggregates).Where(a => a.DomainEvents.Count > 0),
        ];
        try
        {
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return raising;
        }
        catch (DbUpdateConcurrencyException ex)
        {
            throw StaleWrites.Refused(
                [
                    .. ex.Entries.Where(e => !e.Metadata.IsOwned()).Select(e => e.Entity switch
                    {
                        Assessment a => $"assessment {a.Id} of unit {a.UnitCode}",
                        var other => $"{other.GetType().Name} {e.Property("Id").CurrentValue}",
                    }),
                ],
                ex);
        }
        catch (DbUpdateException ex) when (IsUniqueViolation(ex))
        {
            throw new ConcurrencyException($"Another command saved the same record first; nothing was saved: read again and retry. ({ex.InnerException?.Message})", ex);
        }
    }

    // By the provider's error code (IStoreErrors), never by its message's wording.
    private bool IsUniqueViolation(DbUpdateException ex) =>
        ex.InnerException is { } storeError && context is IStoreErrors provider && provider.IsUniqueKeyViolation(storeError);
}
