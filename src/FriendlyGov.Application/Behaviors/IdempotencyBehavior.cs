using FriendlyGov.Application.Ports;
using FriendlyGov.Application.Validation;
using FriendlyGov.Domain;

namespace FriendlyGov.Application.Behaviors;

/// <summary>
/// Third in the pipeline: a command whose <c>RequestId</c> was seen before returns the first
/// result and changes nothing again. A request id reused for another kind of command is refused.
/// </summary>
/// <typeparam name="TRequest">The request.</typeparam>
/// <typeparam name="TResponse">Its response.</typeparam>
/// <param name="store">The remembered results.</param>
public sealed class IdempotencyBehavior<TRequest, TResponse>(IIdempotencyStore store)
    : IPipelineBehavior<TRequest, TResponse>
{
    /// <inheritdoc />
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        Guard.Against.Null(next);
        if (request is not ICommand<TResponse> command) return await next().ConfigureAwait(false);
        var name = typeof(TRequest).Name;
        if (await store.FindAsync<TResponse>(command.RequestId, cancellationToken).ConfigureAwait(false) is { } seen)
        {
            return seen.Request == name
                ? seen.Response
                : throw new ValidationException(name, [new Problem("RequestId", $"{command.RequestId} was already used for a {seen.Request}; use a new id for a new command")]);
        }

        return await next().ConfigureAwait(false);
    }
}
