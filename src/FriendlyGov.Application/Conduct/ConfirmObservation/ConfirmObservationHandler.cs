using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Conduct;
using NodaTime;

namespace FriendlyGov.Application.Conduct.ConfirmObservation;

/// <summary>Handles <see cref="ConfirmObservation"/>; the observation's step, once saved, is published as <see cref="Notifications.ConductBreachConfirmed"/>.</summary>
/// <param name="lookup">Finds the observation.</param>
/// <param name="observations">Stores the observation.</param>
/// <param name="step">Who takes the step, when, and the audit entry.</param>
internal sealed class ConfirmObservationHandler(ConductLookup lookup, IRepository<ConductObservation> observations, StepContext step)
    : ObservationStepHandler<ConfirmObservation>(lookup, observations, step)
{
    /// <inheritdoc />
    protected override string Done => "confirmed";

    /// <inheritdoc />
    protected override void Take(ConductObservation observation, string by, Instant at, string reason) =>
        Guard.Against.Null(observation).Confirm(by, at, reason);
}
