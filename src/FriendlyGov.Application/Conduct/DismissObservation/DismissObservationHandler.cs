using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Conduct;
using NodaTime;

namespace FriendlyGov.Application.Conduct.DismissObservation;

/// <summary>Handles <see cref="DismissObservation"/>.</summary>
/// <param name="lookup">Finds the observation.</param>
/// <param name="observations">Stores the observation.</param>
/// <param name="step">Who takes the step, when, and the audit entry.</param>
internal sealed class DismissObservationHandler(ConductLookup lookup, IRepository<ConductObservation> observations, StepContext step)
    : ObservationStepHandler<DismissObservation>(lookup, observations, step)
{
    /// <inheritdoc />
    protected override string Done => "dismissed";

    /// <inheritdoc />
    protected override void Take(ConductObservation observation, string by, Instant at, string reason) =>
        Guard.Against.Null(observation).Dismiss(by, at, reason);
}
