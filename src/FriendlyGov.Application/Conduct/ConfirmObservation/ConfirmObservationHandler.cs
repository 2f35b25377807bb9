using FriendlyGov.Application.Notifications;
using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Conduct;
using NodaTime;

namespace FriendlyGov.Application.Conduct.ConfirmObservation;

/// <summary>Handles <see cref="ConfirmObservation"/>; raises <see cref="ConductBreachConfirmed"/>.</summary>
/// <param name="lookup">Finds the observation.</param>
/// <param name="observations">Stores the observation.</param>
/// <param name="step">Who takes the step, when, and the audit entry.</param>
/// <param name="outbox">Holds the notification until the change is saved.</param>
internal sealed class ConfirmObservationHandler(ConductLookup lookup, IRepository<ConductObservation> observations, StepContext step, NotificationOutbox outbox)
    : ObservationStepHandler<ConfirmObservation>(lookup, observations, step)
{
    /// <inheritdoc />
    protected override string Done => "confirmed";

    /// <inheritdoc />
    protected override void Take(ConductObservation observation, string by, Instant at, string reason) =>
        Guard.Against.Null(observation).Confirm(by, at, reason);

    /// <inheritdoc />
    protected override void Taken(ConductObservation aggregate) =>
        outbox.Add(new ConductBreachConfirmed(Guard.Against.Null(aggregate).Id, aggregate.OfficialCode, aggregate.UnitCode, aggregate.RuleId, aggregate.On));
}
