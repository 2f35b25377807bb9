using FriendlyGov.Application.Ports;
using FriendlyGov.Domain;

namespace FriendlyGov.Application.Tests.InMemory;

/// <summary>Commits a scope's staged aggregates, audit entries and command results together, with optimistic concurrency.</summary>
/// <param name="session">The scope's session.</param>
public sealed class InMemoryUnitOfWork(InMemorySession session) : IUnitOfWork
{
    /// <inheritdoc />
    public Task<IReadOnlyList<AggregateRoot>> SaveChangesAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(session.Commit());
    }
}
