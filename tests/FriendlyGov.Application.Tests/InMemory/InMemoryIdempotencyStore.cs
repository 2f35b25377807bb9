using FriendlyGov.Application.Ports;

namespace FriendlyGov.Application.Tests.InMemory;

/// <summary>The remembered command results of an <see cref="InMemoryStore"/>: staged in the scope, committed with its unit of work.</summary>
/// <param name="session">The scope's session.</param>
public sealed class InMemoryIdempotencyStore(InMemorySession session) : IIdempotencyStore
{
    /// <inheritdoc />
    /// <remarks>A request id remembered for a command of another result type is still found, with a default result, so that the reuse is refused.</remarks>
    public Task<(RequestFingerprint Request, TResponse Response)?> FindAsync<TResponse>(Guid requestId, CancellationToken cancellationToken) =>
        Task.FromResult<(RequestFingerprint, TResponse)?>(session.Store.Result(requestId) is { } seen
            ? (seen.Request, seen.Response is TResponse response ? response : default!)
            : null);

    /// <inheritdoc />
    public void Remember<TResponse>(Guid requestId, RequestFingerprint request, TResponse response) => session.StageResult(requestId, request, response);
}
