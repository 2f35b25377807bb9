using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Plans;
using NodaTime;

namespace FriendlyGov.Application.Plans.RecordProgress;

/// <summary>Handles <see cref="RecordProgress"/>; returns how many updates the item now has.</summary>
/// <param name="lookup">Finds the plan and its item.</param>
/// <param name="plans">Stores the plan.</param>
/// <param name="step">Who records it, when, and the audit entry.</param>
internal sealed class RecordProgressHandler(PlanLookup lookup, IRepository<CoordinationPlan> plans, StepContext step)
    : PlanStepHandler<RecordProgress, int>(lookup, plans, step)
{
    /// <inheritdoc />
    protected override int Act(CoordinationPlan aggregate, RecordProgress request, string by, Instant at)
    {
        PlanLookup.Item(aggregate, Guard.Against.Null(request).ItemId);
        aggregate.RecordProgress(request.ItemId, request.On, request.Note, request.PercentComplete, by, at);
        return PlanLookup.Item(aggregate, request.ItemId).Updates.Count;
    }

    /// <inheritdoc />
    protected override string Summary(CoordinationPlan aggregate, RecordProgress request, int response)
    {
        var percent = Guard.Against.Null(request).PercentComplete is { } p ? $" ({p}% done)" : string.Empty;
        return $"recorded progress on item {request.ItemId} as of {request.On:uuuu-MM-dd}{percent}";
    }
}
