using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Conduct;
using NodaTime;

namespace FriendlyGov.Application.Conduct.ConfirmObservation;

/// <summary>Handles <see cref="ConfirmObservation"/>; the observation's step, once saved, is published as <see cref="Notifications.ConductBreachConfirmed"/>.</summary>
/// <param name="observations">Stores the observation.</param>
/// <param name="currentActor">Who confirms.</param>
/// <param name="clock">The clock.</param>
/// <param name="audit">The audit entry's subject and summary.</param>
internal sealed class ConfirmObservationHandler(
    IRepository<ConductObservation> observations,
    ICurrentActor currentActor,
    IClock clock,
    AuditContext audit) : ObservationStepHandler<ConfirmObservation>(observations, currentActor, clock, audit)
{
    /// <inheritdoc />
    protected override string Done => "confirmed";

    /// <inheritdoc />
    protected override void Take(ConductObservation observation, string by, Instant at, string reason) =>
        Guard.Against.Null(observation).Confirm(by, at, reason);
}
