using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Plans;

namespace FriendlyGov.Application.Plans.AddPlanItem;

/// <summary>Only a province administrator of the plan's province adds items.</summary>
/// <param name="plans">Finds the plan.</param>
internal sealed class AddPlanItemAuthorizer(IReadRepository<CoordinationPlan> plans) : PlanAuthorizer<AddPlanItem>(plans, readOnly: false)
{
    /// <inheritdoc />
    protected override Guid PlanOf(AddPlanItem request) => request.PlanId;
}
