using FriendlyGov.Domain.Audit;

namespace FriendlyGov.Application.Ports;

/// <summary>The append-only audit trail: entries are staged and committed with the command's changes.</summary>
public interface IAuditTrail
{
    /// <summary>Stages an entry; it is committed by <see cref="IUnitOfWork.SaveChangesAsync"/>.</summary>
    /// <param name="entry">The entry.</param>
    void Append(AuditEntry entry);

    /// <summary>The committed entries about a subject, oldest first.</summary>
    /// <param name="subject">The subject, such as <c>assessment/{id}</c>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The entries.</returns>
    Task<IReadOnlyList<AuditEntry>> ListAsync(string subject, CancellationToken cancellationToken);
}
