using FriendlyGov.Domain.Audit;

namespace FriendlyGov.Application.Ports;

/// <summary>The append-only audit trail: entries are staged and committed with the command's changes.</summary>
/// <remarks>
/// A store links each entry it commits into the trail's hash chain (<see cref="AuditChain.Link"/>:
/// the next gap-free sequence number, the previous entry's hash, its own hash) while it holds the
/// trail's lock, in the order the entries were appended, so that concurrent commits append one
/// after the other and the committed trail verifies (<see href="https://github.com/friendlygov/friendlygov/blob/main/docs/audit.md">docs/audit.md</see>).
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

    /// <summary>
    /// The committed entries about any of <paramref name="subjects"/> whose sequence is above
    /// <paramref name="afterSequence"/>, in sequence order, at most <paramref name="take"/> of them.
    /// </summary>
    /// <param name="subjects">The subjects, such as <c>round/{id}</c> and <c>assessment/{id}</c>.</param>
    /// <param name="afterSequence">The sequence after which to start: 0 from the first entry.</param>
    /// <param name="take">The most entries to return.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The entries.</returns>
    Task<IReadOnlyList<AuditEntry>> ListAsync(IReadOnlyCollection<string> subjects, long afterSequence, int take, CancellationToken cancellationToken);
}
