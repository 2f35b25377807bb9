namespace FriendlyGov.Application.Plans.GetOverdueMilestones;

/// <summary>Only an appraiser or administrator of the plan's province reads its overdue milestones.</summary>
/// <param name="plans">Finds the plan.</param>
internal sealed class GetOverdueMilestonesAuthorizer(PlanLookup plans) : PlanAuthorizer<GetOverdueMilestones>(plans, readOnly: true);
