using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Plans;

namespace FriendlyGov.Application.Plans.AddMilestone;

/// <summary>Only a province administrator of the plan's province adds milestones.</summary>
/// <param name="plans">Finds the plan.</param>
internal sealed class AddMilestoneAuthorizer(IReadRepository<CoordinationPlan> plans) : PlanAuthorizer<AddMilestone>(plans, readOnly: false)
{
    /// <inheritdoc />
    protected override Guid PlanOf(AddMilestone request) => request.PlanId;
}
