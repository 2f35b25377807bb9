using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Conduct;
using NodaTime;

namespace FriendlyGov.Application.Conduct;

/// <summary>
/// What confirming, dismissing and reopening an observation share: find it, take the step with
/// the actor and the clock, store it, and say what changed in the audit trail.
/// </summary>
/// <typeparam name="TRequest">The step's command.</typeparam>
/// <param name="lookup">Finds the observation.</param>
/// <param name="observations">Stores the observation.</param>
/// <param name="step">Who takes the step, when, and the audit entry.</param>
internal abstract class ObservationStepHandler<TRequest>(ConductLookup lookup, IRepository<ConductObservation> observations, StepContext step)
    : AggregateStepHandler<TRequest, ConductObservation, ObservationStatus>(observations, step)
    where TRequest : IObservationStep
{
    /// <summary>The step in the past tense, for the audit trail: <c>confirmed</c>.</summary>
    protected abstract string Done { get; }

    /// <inheritdoc />
    protected sealed override Task<ConductObservation> LoadAsync(TRequest request, CancellationToken cancellationToken) =>
        lookup.ObservationAsync(request.ObservationId, cancellationToken);

    /// <inheritdoc />
    protected sealed override ObservationStatus Act(ConductObservation aggregate, TRequest request, string by, Instant at)
    {
        Take(aggregate, by, at, request.Reason);
        return aggregate.Status;
    }

    /// <inheritdoc />
    protected sealed override string Subject(ConductObservation aggregate) => $"observation/{aggregate.Id}";

    /// <inheritdoc />
    protected sealed override string Summary(ConductObservation aggregate, TRequest request, ObservationStatus response) =>
        $"{Done} the observation of {aggregate.RuleId} by official {aggregate.OfficialCode} on {aggregate.On:uuuu-MM-dd} in unit {aggregate.UnitCode}: {request.Reason.Trim()}";

    /// <summary>Takes the step on the observation.</summary>
    /// <param name="observation">The observation.</param>
    /// <param name="by">Who takes it.</param>
    /// <param name="at">When.</param>
    /// <param name="reason">The finding or grounds.</param>
    protected abstract void Take(ConductObservation observation, string by, Instant at, string reason);
}
