using FriendlyGov.Domain;

namespace FriendlyGov.Application.Ports;

/// <summary>
/// Adds or changes many aggregates of one kind at the database's bulk speed, such as a year of
/// citizen reports or a round's evidence: they are written when
/// <see cref="IUnitOfWork.SaveChangesAsync"/> commits, in the same transaction as the command's
/// audit entry and idempotency record, all of them or none.
/// </summary>
/// <remarks>
/// The aggregates are not tracked: a change made to one after the commit is not saved, and a
/// read in the same unit of work before the commit does not find them. Each row is read from its
/// aggregate when it is written, so nothing is kept per row beyond the aggregate itself.
/// </remarks>
/// <typeparam name="T">The aggregate.</typeparam>
public interface IBulkRepository<in T>
    where T : AggregateRoot
{
    /// <summary>Stages <paramref name="aggregates"/>, all new, to be inserted at the commit.</summary>
    /// <param name="aggregates">The new aggregates; none already stored.</param>
    /// <remarks>An aggregate whose unique key is already stored makes the commit fail with a <see cref="ConcurrencyException"/>, and nothing is saved.</remarks>
    void AddInBulk(IReadOnlyList<T> aggregates);

    /// <summary>
    /// Stages <paramref name="aggregates"/>, read in this unit of work and changed since, to be
    /// written over their stored rows at the commit.
    /// </summary>
    /// <param name="aggregates">The changed aggregates.</param>
    /// <remarks>
    /// Each is written only if its stored version is still the one it was read at (its
    /// <see cref="AggregateRoot.Version"/> less the changes it raised since, its
    /// <see cref="AggregateRoot.DomainEvents"/>); otherwise the commit fails with a
    /// <see cref="ConcurrencyException"/> naming it, and nothing is saved.
    /// </remarks>
    void UpdateInBulk(IReadOnlyList<T> aggregates);
}
