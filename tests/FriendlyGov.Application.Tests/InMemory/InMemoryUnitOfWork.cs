using FriendlyGov.Application.Ports;

namespace FriendlyGov.Application.Tests.InMemory;

/// <summary>Commits a scope's staged aggregates, audit entries and command results together, with optimistic concurrency.</summary>
/// <param name="session">The scope's session.</param>
public sealed class InMemoryUnitOfWork(InMemorySession session) : IUnitOfWork
{
    /// <inheritdoc />
    public Task SaveChangesAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        session.Commit();
        return Task.CompletedTask;
    }
}
