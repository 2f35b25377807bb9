using FriendlyGov.Domain;

namespace FriendlyGov.Application.Ports;

/// <summary>
/// Commits what one command changed (its aggregates, its audit entry, its idempotency record)
/// in one transaction: all of it or none of it.
/// </summary>
public interface IUnitOfWork
{
    /// <summary>Commits the staged changes.</summary>
    /// <param name="cancellationToken">Cancels the commit.</param>
    /// <returns>
    /// The aggregates it saved (added, changed or removed), in the order it saved them, with the
    /// domain events they raised still on them (<see cref="AggregateRoot.DomainEvents"/>): the
    /// pipeline takes those events and publishes them once the commit is durable. A commit that
    /// fails throws instead, so nothing is published.
    /// </returns>
    /// <exception cref="ConcurrencyException">An aggregate was changed by someone else since it was read.</exception>
    Task<IReadOnlyList<AggregateRoot>> SaveChangesAsync(CancellationToken cancellationToken);
}
