using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Plans;
using NodaTime;

namespace FriendlyGov.Application.Plans.AddMilestone;

/// <summary>Handles <see cref="AddMilestone"/>; returns the plan's id.</summary>
/// <param name="lookup">Finds the plan and its item.</param>
/// <param name="plans">Stores the plan.</param>
/// <param name="step">Who adds the milestone, when, and the audit entry.</param>
internal sealed class AddMilestoneHandler(PlanLookup lookup, IRepository<CoordinationPlan> plans, StepContext step)
    : PlanStepHandler<AddMilestone, Guid>(lookup, plans, step)
{
    /// <inheritdoc />
    protected override Guid Act(CoordinationPlan aggregate, AddMilestone request, string by, Instant at)
    {
        PlanLookup.Item(aggregate, Guard.Against.Null(request).ItemId);
        aggregate.AddMilestone(request.ItemId, request.MilestoneId, request.Title, request.Due, by, at);
        return aggregate.Id;
    }

    /// <inheritdoc />
    protected override string Summary(CoordinationPlan aggregate, AddMilestone request, Guid response) =>
        $"added milestone {Guard.Against.Null(request).MilestoneId} '{request.Title.Vi}' to item {request.ItemId}, due {request.Due:uuuu-MM-dd}";
}
