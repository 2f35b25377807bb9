using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Ports;

namespace FriendlyGov.Application.Behaviors;

/// <summary>
/// Second in the pipeline: the current actor must be allowed by the request's authorizer. A
/// refusal names the rule that refused it, and nothing changes. A request with no authorizer is
/// refused: nothing is allowed by default.
/// </summary>
/// <typeparam name="TRequest">The request.</typeparam>
/// <typeparam name="TResponse">Its response.</typeparam>
/// <param name="authorizers">The request's authorizers; all must allow.</param>
/// <param name="currentActor">Who sends the request.</param>
public sealed class AuthorizationBehavior<TRequest, TResponse>(IEnumerable<IRequestAuthorizer<TRequest>> authorizers, ICurrentActor currentActor)
    : IPipelineBehavior<TRequest, TResponse>
{
    /// <inheritdoc />
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        Guard.Against.Null(next);
        var actor = currentActor.Actor;
        var list = authorizers.ToList();
        if (list.Count == 0)
            throw new AuthorizationException(typeof(TRequest).Name, actor.Id, "no-authorizer", "the request has no authorization rule, so no one may send it");
        foreach (var authorizer in list)
        {
            var decision = await authorizer.AuthorizeAsync(request, actor, cancellationToken).ConfigureAwait(false);
            if (!decision.Allowed) throw new AuthorizationException(typeof(TRequest).Name, actor.Id, decision.Rule, decision.Reason);
        }

        return await next().ConfigureAwait(false);
    }
}
