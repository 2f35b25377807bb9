using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Ports;

namespace FriendlyGov.Application.Plans;

/// <summary>
/// Authorizes a request about an existing coordination plan by the plan's province: changes need
/// a province administrator of it (<see cref="Rules.ProvinceAdministrator"/>), reads an appraiser
/// or administrator of it (<see cref="Rules.ReaderInScope"/>).
/// </summary>
/// <typeparam name="TRequest">The request.</typeparam>
/// <param name="plans">Finds the plan.</param>
/// <param name="readOnly">Whether the request only reads.</param>
internal abstract class PlanAuthorizer<TRequest>(PlanLookup plans, bool readOnly) : IRequestAuthorizer<TRequest>
    where TRequest : IPlanRequest
{
    /// <inheritdoc />
    public async Task<AuthorizationDecision> AuthorizeAsync(TRequest request, Actor actor, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        var plan = await plans.PlanAsync(request.PlanId, cancellationToken).ConfigureAwait(false);
        return readOnly ? Rules.ReaderOf(actor, plan.Province) : Rules.AdministratorOf(actor, plan.Province);
    }
}
