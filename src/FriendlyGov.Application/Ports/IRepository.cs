using Ardalis.Specification;
using FriendlyGov.Domain;

namespace FriendlyGov.Application.Ports;

/// <summary>
/// Stores one kind of aggregate. Adds, updates and deletes are staged and committed together by
/// <see cref="IUnitOfWork.SaveChangesAsync"/>, with the audit entry and the idempotency record of
/// the command that made them.
/// </summary>
/// <typeparam name="T">The aggregate.</typeparam>
public interface IRepository<T> : IRepositoryBase<T>
    where T : AggregateRoot
{
}
