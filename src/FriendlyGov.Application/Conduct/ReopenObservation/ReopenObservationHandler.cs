using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Conduct;
using NodaTime;

namespace FriendlyGov.Application.Conduct.ReopenObservation;

/// <summary>Handles <see cref="ReopenObservation"/>.</summary>
/// <param name="observations">Stores the observation.</param>
/// <param name="currentActor">Who takes the step.</param>
/// <param name="clock">The clock.</param>
/// <param name="audit">The audit entry's subject and summary.</param>
internal sealed class ReopenObservationHandler(
    IRepository<ConductObservation> observations,
    ICurrentActor currentActor,
    IClock clock,
    AuditContext audit) : ObservationStepHandler<ReopenObservation>(observations, currentActor, clock, audit)
{
    /// <inheritdoc />
    protected override string Done => "reopened";

    /// <inheritdoc />
    protected override void Take(ConductObservation observation, string by, Instant at, string reason) =>
        Guard.Against.Null(observation).Reopen(by, at, reason);
}
