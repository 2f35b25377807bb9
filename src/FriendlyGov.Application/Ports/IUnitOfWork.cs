namespace FriendlyGov.Application.Ports;

/// <summary>
/// Commits what one command changed (its aggregates, its audit entry, its idempotency record)
/// in one transaction: all of it or none of it.
/// </summary>
public interface IUnitOfWork
{
    /// <summary>Commits the staged changes.</summary>
    /// <param name="cancellationToken">Cancels the commit.</param>
    /// <returns>A task that completes when the changes are durable.</returns>
    /// <exception cref="ConcurrencyException">An aggregate was changed by someone else since it was read.</exception>
    Task SaveChangesAsync(CancellationToken cancellationToken);
}
