using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Assessments;
using FriendlyGov.Domain.Conduct;
using NodaTime;

namespace FriendlyGov.Application.Conduct.ReopenObservation;

/// <summary>Handles <see cref="ReopenObservation"/>; returns the observation's status now.</summary>
/// <param name="observations">Stores the observation.</param>
/// <param name="currentActor">Who takes the step.</param>
/// <param name="clock">The clock.</param>
/// <param name="audit">The audit entry's subject and summary.</param>
public sealed class ReopenObservationHandler(
    IRepository<ConductObservation> observations,
    ICurrentActor currentActor,
    IClock clock,
    AuditContext audit) : IRequestHandler<ReopenObservation, ObservationStatus>
{
    /// <inheritdoc />
    public async Task<ObservationStatus> Handle(ReopenObservation request, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        var observation = await ConductLookup.ObservationAsync(observations, request.ObservationId, cancellationToken).ConfigureAwait(false);
        try
        {
            observation.Reopen(currentActor.Actor.Id, clock.GetCurrentInstant(), request.Reason);
        }
        catch (InvalidOperationException e)
        {
            // The domain refuses a step out of order as misuse; callers get one type for "not allowed now".
            throw new WorkflowException(e.Message);
        }

        await observations.UpdateAsync(observation, cancellationToken).ConfigureAwait(false);
        audit.Record(
            $"observation/{observation.Id}",
            $"reopened on appeal the observation of {observation.RuleId} by official {observation.OfficialCode} on {observation.On:uuuu-MM-dd} in unit {observation.UnitCode}: {request.Reason.Trim()}");
        return observation.Status;
    }
}
