using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Plans;

namespace FriendlyGov.Application.Plans.CompleteMilestone;

/// <summary>Only a province administrator of the plan's province completes milestones.</summary>
/// <param name="plans">Finds the plan.</param>
internal sealed class CompleteMilestoneAuthorizer(IReadRepository<CoordinationPlan> plans) : PlanAuthorizer<CompleteMilestone>(plans, readOnly: false)
{
    /// <inheritdoc />
    protected override Guid PlanOf(CompleteMilestone request) => request.PlanId;
}
