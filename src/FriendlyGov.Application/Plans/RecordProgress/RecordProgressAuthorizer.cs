using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Plans;

namespace FriendlyGov.Application.Plans.RecordProgress;

/// <summary>Only a province administrator of the plan's province records progress.</summary>
/// <param name="plans">Finds the plan.</param>
internal sealed class RecordProgressAuthorizer(IReadRepository<CoordinationPlan> plans) : PlanAuthorizer<RecordProgress>(plans, readOnly: false)
{
    /// <inheritdoc />
    protected override Guid PlanOf(RecordProgress request) => request.PlanId;
}
