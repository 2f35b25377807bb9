using FriendlyGov.Application.Ports;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Plans;
using NodaTime;

namespace FriendlyGov.Application.Plans.GetOverdueMilestones;

/// <summary>Handles <see cref="GetOverdueMilestones"/> with <see cref="CoordinationPlan.OverdueOn"/>.</summary>
/// <param name="plans">The plans.</param>
/// <param name="clock">The clock, for today's date in Vietnam.</param>
internal sealed class GetOverdueMilestonesHandler(PlanLookup plans, IClock clock)
    : IRequestHandler<GetOverdueMilestones, IReadOnlyList<OverdueMilestone>>
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<OverdueMilestone>> Handle(GetOverdueMilestones request, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        var plan = await plans.PlanAsync(request.PlanId, cancellationToken).ConfigureAwait(false);
        var asOf = request.AsOf ?? VietnamTime.DateAt(clock.GetCurrentInstant());
        return [.. plan.OverdueOn(asOf).Select(o => new OverdueMilestone(
            o.Item.Id, o.Item.Title, o.Item.Lead, o.Milestone.Id, o.Milestone.Title, o.Milestone.Due, Period.DaysBetween(o.Milestone.Due, asOf)))];
    }
}
