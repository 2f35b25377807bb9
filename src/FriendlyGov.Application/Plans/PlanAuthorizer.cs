using FriendlyGov.Application.Authorization;
using FriendlyGov.Domain.Plans;

namespace FriendlyGov.Application.Plans;

/// <summary>
/// Authorizes a request about an existing coordination plan by the plan's province: changes need
/// a province administrator of it (<see cref="Rules.ProvinceAdministrator"/>), reads an appraiser
/// or administrator of it (<see cref="Rules.ReaderInScope"/>).
/// </summary>
/// <typeparam name="TRequest">The request.</typeparam>
/// <param name="plans">Finds the plan.</param>
/// <param name="readOnly">Whether the request only reads.</param>
internal abstract class PlanAuthorizer<TRequest>(PlanLookup plans, bool readOnly)
    : RecordAuthorizer<TRequest, CoordinationPlan>(
        (r, c) => plans.PlanAsync(r.PlanId, c),
        (actor, plan, _) => readOnly ? Rules.ReaderOf(actor, plan.Province) : Rules.AdministratorOf(actor, plan.Province))
    where TRequest : IPlanRequest;
