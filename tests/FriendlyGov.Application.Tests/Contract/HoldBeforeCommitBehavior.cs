namespace FriendlyGov.Application.Tests.Contract;

/// <summary>
/// A test probe registered after <c>AddFriendlyGov</c>, so it runs innermost, right around the
/// handler: it makes the commands of <see cref="CommitRendezvous.RequestType"/> wait for each other
/// after their handler ran, before the pipeline commits them.
/// </summary>
/// <typeparam name="TRequest">The request.</typeparam>
/// <typeparam name="TResponse">Its response.</typeparam>
/// <param name="rendezvous">Where they meet.</param>
public sealed class HoldBeforeCommitBehavior<TRequest, TResponse>(CommitRendezvous rendezvous) : IPipelineBehavior<TRequest, TResponse>
{
    /// <inheritdoc />
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        var response = await next().ConfigureAwait(false);
        if (request?.GetType() == rendezvous.RequestType) await rendezvous.ArriveAsync().ConfigureAwait(false);
        return response;
    }
}
