using FriendlyGov.Application.Ports;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Disclosures;
using FriendlyGov.Domain.Sessions;

namespace FriendlyGov.Application;

/// <summary>Finds a stored record by its id, for the requests that name one by id (a session, a disclosure).</summary>
/// <typeparam name="T">The aggregate.</typeparam>
/// <param name="store">The aggregates.</param>
internal sealed class ByIdLookup<T>(IReadRepository<T> store)
    where T : AggregateRoot
{
    private static readonly string What =
        typeof(T) == typeof(MorningSession) ? "\"Morning with the People\" session"
        : typeof(T) == typeof(Disclosure) ? "disclosure"
        : typeof(T).Name;

    /// <summary>The record with the id.</summary>
    /// <param name="id">Its id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The record.</returns>
    /// <exception cref="NotFoundException">There is none: <c>There is no disclosure {id}.</c></exception>
    public async Task<T> ByIdAsync(Guid id, CancellationToken cancellationToken) =>
        await store.GetByIdAsync(id, cancellationToken).ConfigureAwait(false)
        ?? throw new NotFoundException($"There is no {What} {id}.");
}
