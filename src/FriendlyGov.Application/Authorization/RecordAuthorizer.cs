using FriendlyGov.Application.Ports;

namespace FriendlyGov.Application.Authorization;

/// <summary>
/// The one shape of an authorizer that decides by something the request names: read it (a
/// round, a unit, a plan; a <see cref="NotFoundException"/> when it is not there), then decide
/// for the actor. <see cref="UnitAuthorizer{TRequest}"/>, <c>RoundAuthorizer</c> and
/// <c>PlanAuthorizer</c> fix what is read.
/// </summary>
/// <typeparam name="TRequest">The request.</typeparam>
/// <typeparam name="TRecord">What it is decided by.</typeparam>
/// <param name="find">Reads what the request names.</param>
/// <param name="decide">Decides for the actor, what was read and the request.</param>
internal abstract class RecordAuthorizer<TRequest, TRecord>(
    Func<TRequest, CancellationToken, Task<TRecord>> find,
    Func<Actor, TRecord, TRequest, AuthorizationDecision> decide) : IRequestAuthorizer<TRequest>
{
    /// <inheritdoc />
    /// <exception cref="NotFoundException">What the request names does not exist.</exception>
    public async Task<AuthorizationDecision> AuthorizeAsync(TRequest request, Actor actor, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        var record = await find(request, cancellationToken).ConfigureAwait(false);
        return decide(actor, record, request);
    }
}
