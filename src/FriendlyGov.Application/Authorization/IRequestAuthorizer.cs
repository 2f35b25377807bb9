using FriendlyGov.Application.Ports;

namespace FriendlyGov.Application.Authorization;

/// <summary>Decides whether an actor may send a request. Every request has one; a request without one is refused.</summary>
/// <typeparam name="TRequest">The request.</typeparam>
public interface IRequestAuthorizer<in TRequest>
{
    /// <summary>Decides.</summary>
    /// <param name="request">The request.</param>
    /// <param name="actor">Who sends it.</param>
    /// <param name="cancellationToken">Cancels any read the decision needs.</param>
    /// <returns>Allowed, or refused by a named rule.</returns>
    Task<AuthorizationDecision> AuthorizeAsync(TRequest request, Actor actor, CancellationToken cancellationToken);
}
