namespace FriendlyGov.Application.Plans.AddPlanItem;

/// <summary>Only a province administrator of the plan's province adds items.</summary>
/// <param name="plans">Finds the plan.</param>
internal sealed class AddPlanItemAuthorizer(PlanLookup plans) : PlanAuthorizer<AddPlanItem>(plans, readOnly: false);
