namespace FriendlyGov.Application.Plans.RecordProgress;

/// <summary>Only a province administrator of the plan's province records progress.</summary>
/// <param name="plans">Finds the plan.</param>
internal sealed class RecordProgressAuthorizer(PlanLookup plans) : PlanAuthorizer<RecordProgress>(plans, readOnly: false);
