using Ardalis.Specification;
using FriendlyGov.Domain;

namespace FriendlyGov.Application.Ports;

/// <summary>Reads one kind of aggregate through specifications, for queries.</summary>
/// <typeparam name="T">The aggregate.</typeparam>
public interface IReadRepository<T> : IReadRepositoryBase<T>
    where T : AggregateRoot
{
}
