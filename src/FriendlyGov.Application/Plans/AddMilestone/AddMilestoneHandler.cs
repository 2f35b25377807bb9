using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Plans;
using NodaTime;

namespace FriendlyGov.Application.Plans.AddMilestone;

/// <summary>Handles <see cref="AddMilestone"/>; returns the plan's id.</summary>
/// <param name="plans">Stores the plan.</param>
/// <param name="currentActor">Who adds the milestone.</param>
/// <param name="clock">The clock.</param>
/// <param name="audit">The audit entry's subject and summary.</param>
internal sealed class AddMilestoneHandler(
    IRepository<CoordinationPlan> plans,
    ICurrentActor currentActor,
    IClock clock,
    AuditContext audit) : IRequestHandler<AddMilestone, Guid>
{
    /// <inheritdoc />
    public async Task<Guid> Handle(AddMilestone request, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        await PlanEdits.ApplyAsync(plans, request.PlanId, nameof(AddMilestone), plan =>
        {
            PlanLookup.Item(plan, request.ItemId);
            plan.AddMilestone(request.ItemId, request.MilestoneId, request.Title, request.Due, currentActor.Actor.Id, clock.GetCurrentInstant());
            return true;
        }, cancellationToken).ConfigureAwait(false);
        audit.Record(PlanEdits.Subject(request.PlanId), $"added milestone {request.MilestoneId} '{request.Title.Vi}' to item {request.ItemId}, due {request.Due:uuuu-MM-dd}");
        return request.PlanId;
    }
}
