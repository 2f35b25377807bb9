using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Plans;

namespace FriendlyGov.Application.Plans.GetOverdueMilestones;

/// <summary>Only an appraiser or administrator of the plan's province reads its overdue milestones.</summary>
/// <param name="plans">Finds the plan.</param>
internal sealed class GetOverdueMilestonesAuthorizer(IReadRepository<CoordinationPlan> plans) : PlanAuthorizer<GetOverdueMilestones>(plans, readOnly: true)
{
    /// <inheritdoc />
    protected override Guid PlanOf(GetOverdueMilestones request) => request.PlanId;
}
