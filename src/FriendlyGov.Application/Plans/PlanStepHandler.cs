using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Plans;

namespace FriendlyGov.Application.Plans;

/// <summary>A change to one stored coordination plan, audited under <c>plan/{id}</c>.</summary>
/// <typeparam name="TRequest">The change's command.</typeparam>
/// <typeparam name="TResponse">What it returns.</typeparam>
/// <param name="lookup">Finds the plan, and its items and milestones.</param>
/// <param name="plans">Stores the plan.</param>
/// <param name="step">Who changes it, when, and the audit entry.</param>
internal abstract class PlanStepHandler<TRequest, TResponse>(PlanLookup lookup, IRepository<CoordinationPlan> plans, StepContext step)
    : AggregateStepHandler<TRequest, CoordinationPlan, TResponse>(plans, step)
    where TRequest : IPlanRequest, IRequest<TResponse>
{
    /// <inheritdoc />
    protected sealed override Task<CoordinationPlan> LoadAsync(TRequest request, CancellationToken cancellationToken) =>
        lookup.PlanAsync(request.PlanId, cancellationToken);

    /// <inheritdoc />
    protected sealed override string Subject(CoordinationPlan aggregate) => $"plan/{aggregate.Id}";
}
