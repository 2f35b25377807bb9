using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Plans;
using NodaTime;

namespace FriendlyGov.Application.Plans.AddPlanItem;

/// <summary>Handles <see cref="AddPlanItem"/>; returns the plan's id.</summary>
/// <param name="plans">Stores the plan.</param>
/// <param name="currentActor">Who adds the item.</param>
/// <param name="clock">The clock.</param>
/// <param name="audit">The audit entry's subject and summary.</param>
internal sealed class AddPlanItemHandler(
    IRepository<CoordinationPlan> plans,
    ICurrentActor currentActor,
    IClock clock,
    AuditContext audit) : IRequestHandler<AddPlanItem, Guid>
{
    /// <inheritdoc />
    public async Task<Guid> Handle(AddPlanItem request, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        var coordinating = request.Coordinating ?? [];
        await PlanEdits.ApplyAsync(plans, request.PlanId, nameof(AddPlanItem), plan =>
        {
            plan.AddItem(request.ItemId, request.Title, request.Lead, coordinating, currentActor.Actor.Id, clock.GetCurrentInstant());
            return true;
        }, cancellationToken).ConfigureAwait(false);
        var with = coordinating.Count == 0 ? string.Empty : $" with {string.Join(", ", coordinating.Select(b => b.Code))}";
        audit.Record(PlanEdits.Subject(request.PlanId), $"added item {request.ItemId} '{request.Title.Vi}', led by {request.Lead}{with}");
        return request.PlanId;
    }
}
