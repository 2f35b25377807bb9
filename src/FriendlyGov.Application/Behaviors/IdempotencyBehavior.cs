using FriendlyGov.Application.Ports;
using FriendlyGov.Application.Validation;
using FriendlyGov.Domain;

namespace FriendlyGov.Application.Behaviors;

/// <summary>
/// Third in the pipeline: a command whose <c>RequestId</c> was used before by the same actor for
/// the same request (same type, same content) returns the first result and changes nothing
/// again. Any other use of a known id (another actor, another kind of command, other content) is
/// refused with a <see cref="ValidationException"/> that says nothing of the first request.
/// </summary>
/// <typeparam name="TRequest">The request.</typeparam>
/// <typeparam name="TResponse">Its response.</typeparam>
/// <param name="store">The remembered results.</param>
/// <param name="currentActor">Who sends the request.</param>
public sealed class IdempotencyBehavior<TRequest, TResponse>(IIdempotencyStore store, ICurrentActor currentActor)
    : IPipelineBehavior<TRequest, TResponse>
{
    /// <inheritdoc />
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        Guard.Against.Null(next);
        if (request is not ICommand<TResponse> command) return await next().ConfigureAwait(false);
        if (await store.FindAsync<TResponse>(command.RequestId, cancellationToken).ConfigureAwait(false) is { } seen)
        {
            // One message for every mismatch, so that a refusal tells nothing about who used the id or for what.
            return seen.Request == RequestFingerprint.Of(currentActor.Actor.Id, request)
                ? seen.Response
                : throw new ValidationException(typeof(TRequest).Name, [new Problem("requestId", $"{command.RequestId} was already used for a different request; send each new command with a new id")]);
        }

        return await next().ConfigureAwait(false);
    }
}
