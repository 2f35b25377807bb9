using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Plans;
using NodaTime;

namespace FriendlyGov.Application.Plans.CompleteMilestone;

/// <summary>Handles <see cref="CompleteMilestone"/>; returns the plan's id.</summary>
/// <param name="lookup">Finds the plan and its milestone.</param>
/// <param name="plans">Stores the plan.</param>
/// <param name="step">Who records it, when, and the audit entry.</param>
internal sealed class CompleteMilestoneHandler(PlanLookup lookup, IRepository<CoordinationPlan> plans, StepContext step)
    : PlanStepHandler<CompleteMilestone, Guid>(lookup, plans, step)
{
    /// <inheritdoc />
    protected override Guid Act(CoordinationPlan aggregate, CompleteMilestone request, string by, Instant at)
    {
        PlanLookup.Milestone(aggregate, Guard.Against.Null(request).ItemId, request.MilestoneId);
        aggregate.CompleteMilestone(request.ItemId, request.MilestoneId, request.On, by, at);
        return aggregate.Id;
    }

    /// <inheritdoc />
    protected override string Summary(CoordinationPlan aggregate, CompleteMilestone request, Guid response)
    {
        var due = PlanLookup.Milestone(aggregate, Guard.Against.Null(request).ItemId, request.MilestoneId).Due;
        var late = request.On > due ? $", {Period.DaysBetween(due, request.On)} days after it was due" : string.Empty;
        return $"completed milestone {request.MilestoneId} of item {request.ItemId} on {request.On:uuuu-MM-dd}{late}";
    }
}
