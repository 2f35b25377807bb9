using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Conduct;
using NodaTime;

namespace FriendlyGov.Application.Conduct.DismissObservation;

/// <summary>Handles <see cref="DismissObservation"/>.</summary>
/// <param name="observations">Stores the observation.</param>
/// <param name="currentActor">Who takes the step.</param>
/// <param name="clock">The clock.</param>
/// <param name="audit">The audit entry's subject and summary.</param>
internal sealed class DismissObservationHandler(
    IRepository<ConductObservation> observations,
    ICurrentActor currentActor,
    IClock clock,
    AuditContext audit) : ObservationStepHandler<DismissObservation>(observations, currentActor, clock, audit)
{
    /// <inheritdoc />
    protected override string Done => "dismissed";

    /// <inheritdoc />
    protected override void Take(ConductObservation observation, string by, Instant at, string reason) =>
        Guard.Against.Null(observation).Dismiss(by, at, reason);
}
