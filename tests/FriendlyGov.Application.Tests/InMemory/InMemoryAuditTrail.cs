using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Audit;

namespace FriendlyGov.Application.Tests.InMemory;

/// <summary>The audit trail of an <see cref="InMemoryStore"/>: entries are staged in the scope and committed with its unit of work.</summary>
/// <param name="session">The scope's session.</param>
public sealed class InMemoryAuditTrail(InMemorySession session) : IAuditTrail
{
    /// <inheritdoc />
    public void Append(AuditEntry entry) => session.StageAudit(entry);

    /// <inheritdoc />
    public Task<IReadOnlyList<AuditEntry>> ListAsync(string subject, CancellationToken cancellationToken) =>
        Task.FromResult(session.Store.Audit(subject));

    /// <inheritdoc />
    public Task<IReadOnlyList<AuditEntry>> ListAsync(IReadOnlyCollection<string> subjects, long afterSequence, int take, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AuditEntry>>([.. session.Store.AllAudit().Where(e => e.Sequence > afterSequence && subjects.Contains(e.Subject)).OrderBy(e => e.Sequence).Take(take)]);
}
