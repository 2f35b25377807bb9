using FriendlyGov.Domain.Audit;

namespace FriendlyGov.Application.Ports;

/// <summary>The append-only audit trail: entries are staged and committed with the command's changes.</summary>
/// <remarks>
/// A store links each entry it commits into the trail's hash chain (<see cref="AuditChain.Link"/>:
/// the next gap-free sequence number, the previous entry's hash, its own hash) while it holds the
/// trail's lock, in the order the entries were appended, so that concurrent commits append one
/// after the other and the committed trail verifies (docs/audit.md).
/// </remarks>
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
