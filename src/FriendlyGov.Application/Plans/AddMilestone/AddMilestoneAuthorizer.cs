namespace FriendlyGov.Application.Plans.AddMilestone;

/// <summary>Only a province administrator of the plan's province adds milestones.</summary>
/// <param name="plans">Finds the plan.</param>
internal sealed class AddMilestoneAuthorizer(PlanLookup plans) : PlanAuthorizer<AddMilestone>(plans, readOnly: false);
