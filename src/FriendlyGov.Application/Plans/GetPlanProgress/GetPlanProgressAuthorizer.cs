using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Plans;

namespace FriendlyGov.Application.Plans.GetPlanProgress;

/// <summary>Only an appraiser or administrator of the plan's province reads its progress.</summary>
/// <param name="plans">Finds the plan.</param>
internal sealed class GetPlanProgressAuthorizer(IReadRepository<CoordinationPlan> plans) : PlanAuthorizer<GetPlanProgress>(plans, readOnly: true)
{
    /// <inheritdoc />
    protected override Guid PlanOf(GetPlanProgress request) => request.PlanId;
}
