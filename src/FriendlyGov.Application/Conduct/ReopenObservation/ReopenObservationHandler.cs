using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Conduct;
using NodaTime;

namespace FriendlyGov.Application.Conduct.ReopenObservation;

/// <summary>Handles <see cref="ReopenObservation"/>.</summary>
/// <param name="lookup">Finds the observation.</param>
/// <param name="observations">Stores the observation.</param>
/// <param name="step">Who takes the step, when, and the audit entry.</param>
internal sealed class ReopenObservationHandler(ConductLookup lookup, IRepository<ConductObservation> observations, StepContext step)
    : ObservationStepHandler<ReopenObservation>(lookup, observations, step)
{
    /// <inheritdoc />
    protected override string Done => "reopened";

    /// <inheritdoc />
    protected override void Take(ConductObservation observation, string by, Instant at, string reason) =>
        Guard.Against.Null(observation).Reopen(by, at, reason);
}
