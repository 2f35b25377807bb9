namespace FriendlyGov.Application.Ports;

/// <summary>
/// Remembers the result of each command by its client's <c>RequestId</c>, so that a retried
/// command returns the first result and changes nothing again.
/// </summary>
public interface IIdempotencyStore
{
    /// <summary>The result remembered for a request id, if any.</summary>
    /// <typeparam name="TResponse">The command's result type.</typeparam>
    /// <param name="requestId">The client's request id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The request's name and its result, or <see langword="null"/> when the id is new.</returns>
    Task<(string Request, TResponse Response)?> FindAsync<TResponse>(Guid requestId, CancellationToken cancellationToken);

    /// <summary>Stages the result of a request; committed with the command's changes.</summary>
    /// <typeparam name="TResponse">The command's result type.</typeparam>
    /// <param name="requestId">The client's request id.</param>
    /// <param name="request">The request's name.</param>
    /// <param name="response">The result.</param>
    void Remember<TResponse>(Guid requestId, string request, TResponse response);
}
