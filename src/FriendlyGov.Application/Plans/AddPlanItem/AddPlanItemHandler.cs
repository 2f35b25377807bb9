using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Plans;
using NodaTime;

namespace FriendlyGov.Application.Plans.AddPlanItem;

/// <summary>Handles <see cref="AddPlanItem"/>; returns the plan's id.</summary>
/// <param name="lookup">Finds the plan.</param>
/// <param name="plans">Stores the plan.</param>
/// <param name="step">Who adds the item, when, and the audit entry.</param>
internal sealed class AddPlanItemHandler(PlanLookup lookup, IRepository<CoordinationPlan> plans, StepContext step)
    : PlanStepHandler<AddPlanItem, Guid>(lookup, plans, step)
{
    /// <inheritdoc />
    protected override Guid Act(CoordinationPlan aggregate, AddPlanItem request, string by, Instant at)
    {
        Guard.Against.Null(aggregate).AddItem(Guard.Against.Null(request).ItemId, request.Title, request.Lead, request.Coordinating ?? [], by, at);
        return aggregate.Id;
    }

    /// <inheritdoc />
    protected override string Summary(CoordinationPlan aggregate, AddPlanItem request, Guid response)
    {
        var coordinating = Guard.Against.Null(request).Coordinating ?? [];
        var with = coordinating.Count == 0 ? string.Empty : $" with {string.Join(", ", coordinating.Select(b => b.Code))}";
        return $"added item {request.ItemId} '{request.Title.Vi}', led by {request.Lead}{with}";
    }
}
