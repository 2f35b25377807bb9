namespace FriendlyGov.Application.Ports;

/// <summary>
/// Remembers the result of each command by its client's <c>RequestId</c>, with who sent it and
/// what it asked (<see cref="RequestFingerprint"/>), so that a retried command returns the first
/// result and changes nothing again, and a reused id cannot fetch someone else's result.
/// </summary>
public interface IIdempotencyStore
{
    /// <summary>What was remembered for a request id, if anything.</summary>
    /// <typeparam name="TResponse">The command's result type.</typeparam>
    /// <param name="requestId">The client's request id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>
    /// The fingerprint of the request that used the id and its result, or <see langword="null"/>
    /// when the id is new. The result may be a default value when it was of another type: the
    /// fingerprint then differs, and the reuse is refused.
    /// </returns>
    Task<(RequestFingerprint Request, TResponse Response)?> FindAsync<TResponse>(Guid requestId, CancellationToken cancellationToken);

    /// <summary>Stages the result of a request; committed with the command's changes.</summary>
    /// <typeparam name="TResponse">The command's result type.</typeparam>
    /// <param name="requestId">The client's request id.</param>
    /// <param name="request">Who sent the request, which request it was and the hash of its content.</param>
    /// <param name="response">The result.</param>
    void Remember<TResponse>(Guid requestId, RequestFingerprint request, TResponse response);
}
