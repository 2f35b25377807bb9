using FriendlyGov.Application.Ports;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Plans;
using NodaTime;

namespace FriendlyGov.Application.Plans.GetPlanProgress;

/// <summary>Handles <see cref="GetPlanProgress"/> with <see cref="CoordinationPlan.ProgressOn"/>.</summary>
/// <param name="plans">The plans.</param>
/// <param name="clock">The clock, for today's date in Vietnam.</param>
internal sealed class GetPlanProgressHandler(PlanLookup plans, IClock clock) : IRequestHandler<GetPlanProgress, PlanProgress>
{
    /// <inheritdoc />
    public async Task<PlanProgress> Handle(GetPlanProgress request, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        var plan = await plans.PlanAsync(request.PlanId, cancellationToken).ConfigureAwait(false);
        var asOf = request.AsOf ?? VietnamTime.DateAt(clock.GetCurrentInstant());
        return new PlanProgress(plan.Id, plan.Title, asOf, plan.ProgressOn(asOf));
    }
}
