using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Plans;
using NodaTime;

namespace FriendlyGov.Application.Plans.RecordProgress;

/// <summary>Handles <see cref="RecordProgress"/>; returns how many updates the item now has.</summary>
/// <param name="plans">Stores the plan.</param>
/// <param name="currentActor">Who reports.</param>
/// <param name="clock">The clock.</param>
/// <param name="audit">The audit entry's subject and summary.</param>
internal sealed class RecordProgressHandler(
    IRepository<CoordinationPlan> plans,
    ICurrentActor currentActor,
    IClock clock,
    AuditContext audit) : IRequestHandler<RecordProgress, int>
{
    /// <inheritdoc />
    public async Task<int> Handle(RecordProgress request, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        var (plan, update) = await PlanEdits.ApplyAsync(plans, request.PlanId, nameof(RecordProgress), plan =>
        {
            PlanLookup.Item(plan, request.ItemId);
            return plan.RecordProgress(request.ItemId, request.On, request.Note, request.PercentComplete, currentActor.Actor.Id, clock.GetCurrentInstant());
        }, cancellationToken).ConfigureAwait(false);
        var percent = update.PercentComplete is { } p ? $" ({p}% done)" : string.Empty;
        audit.Record(PlanEdits.Subject(plan.Id), $"recorded progress on item {request.ItemId} as of {update.On:uuuu-MM-dd}{percent}");
        return PlanLookup.Item(plan, request.ItemId).Updates.Count;
    }
}
