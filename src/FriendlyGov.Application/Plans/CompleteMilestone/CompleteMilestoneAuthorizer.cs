namespace FriendlyGov.Application.Plans.CompleteMilestone;

/// <summary>Only a province administrator of the plan's province completes milestones.</summary>
/// <param name="plans">Finds the plan.</param>
internal sealed class CompleteMilestoneAuthorizer(PlanLookup plans) : PlanAuthorizer<CompleteMilestone>(plans, readOnly: false);
