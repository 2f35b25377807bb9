namespace FriendlyGov.Application.Conduct.ReopenObservation;

/// <summary>Checks <see cref="ReopenObservation"/>: the reason is given.</summary>
internal sealed class ReopenObservationValidator : ObservationStepValidator<ReopenObservation>;
