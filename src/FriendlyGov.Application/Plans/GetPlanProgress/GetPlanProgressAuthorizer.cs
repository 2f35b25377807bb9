namespace FriendlyGov.Application.Plans.GetPlanProgress;

/// <summary>Only an appraiser or administrator of the plan's province reads its progress.</summary>
/// <param name="plans">Finds the plan.</param>
internal sealed class GetPlanProgressAuthorizer(PlanLookup plans) : PlanAuthorizer<GetPlanProgress>(plans, readOnly: true);
