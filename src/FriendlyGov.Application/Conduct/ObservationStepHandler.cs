using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Assessments;
using FriendlyGov.Domain.Conduct;
using NodaTime;

namespace FriendlyGov.Application.Conduct;

/// <summary>
/// What confirming, dismissing and reopening an observation share: find it, take the step with
/// the actor and the clock, store it, and say what changed in the audit trail.
/// </summary>
/// <typeparam name="TRequest">The step's command.</typeparam>
/// <param name="observations">Stores the observation.</param>
/// <param name="currentActor">Who takes the step.</param>
/// <param name="clock">The clock.</param>
/// <param name="audit">The audit entry's subject and summary.</param>
internal abstract class ObservationStepHandler<TRequest>(
    IRepository<ConductObservation> observations,
    ICurrentActor currentActor,
    IClock clock,
    AuditContext audit) : IRequestHandler<TRequest, ObservationStatus>
    where TRequest : IObservationStep
{
    /// <summary>The step in the past tense, for the audit trail: <c>confirmed</c>.</summary>
    protected abstract string Done { get; }

    /// <inheritdoc />
    public async Task<ObservationStatus> Handle(TRequest request, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        var observation = await ConductLookup.ObservationAsync(observations, request.ObservationId, cancellationToken).ConfigureAwait(false);
        try
        {
            Take(observation, currentActor.Actor.Id, clock.GetCurrentInstant(), request.Reason);
        }
        catch (InvalidOperationException e)
        {
            // The domain refuses a step out of order as misuse; callers get one type for "not allowed now".
            throw new WorkflowException(e.Message, e);
        }

        await observations.UpdateAsync(observation, cancellationToken).ConfigureAwait(false);
        audit.Record(
            $"observation/{observation.Id}",
            $"{Done} the observation of {observation.RuleId} by official {observation.OfficialCode} on {observation.On:uuuu-MM-dd} in unit {observation.UnitCode}: {request.Reason.Trim()}");
        return observation.Status;
    }

    /// <summary>Takes the step on the observation.</summary>
    /// <param name="observation">The observation.</param>
    /// <param name="by">Who takes it.</param>
    /// <param name="at">When.</param>
    /// <param name="reason">The finding or grounds.</param>
    protected abstract void Take(ConductObservation observation, string by, Instant at, string reason);
}
