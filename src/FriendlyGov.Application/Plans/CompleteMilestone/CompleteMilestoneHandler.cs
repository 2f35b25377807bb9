using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Plans;
using NodaTime;

namespace FriendlyGov.Application.Plans.CompleteMilestone;

/// <summary>Handles <see cref="CompleteMilestone"/>; returns the plan's id.</summary>
/// <param name="plans">Stores the plan.</param>
/// <param name="currentActor">Who records it.</param>
/// <param name="clock">The clock.</param>
/// <param name="audit">The audit entry's subject and summary.</param>
internal sealed class CompleteMilestoneHandler(
    IRepository<CoordinationPlan> plans,
    ICurrentActor currentActor,
    IClock clock,
    AuditContext audit) : IRequestHandler<CompleteMilestone, Guid>
{
    /// <inheritdoc />
    public async Task<Guid> Handle(CompleteMilestone request, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        var (_, milestone) = await PlanEdits.ApplyAsync(plans, request.PlanId, nameof(CompleteMilestone), plan =>
        {
            var milestone = PlanLookup.Milestone(plan, request.ItemId, request.MilestoneId);
            plan.CompleteMilestone(request.ItemId, request.MilestoneId, request.On, currentActor.Actor.Id, clock.GetCurrentInstant());
            return milestone;
        }, cancellationToken).ConfigureAwait(false);
        var late = request.On > milestone.Due ? $", {Period.DaysBetween(milestone.Due, request.On)} days after it was due" : string.Empty;
        audit.Record(PlanEdits.Subject(request.PlanId), $"completed milestone {request.MilestoneId} of item {request.ItemId} on {request.On:uuuu-MM-dd}{late}");
        return request.PlanId;
    }
}
