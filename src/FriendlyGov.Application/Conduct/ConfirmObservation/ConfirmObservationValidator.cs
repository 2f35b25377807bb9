namespace FriendlyGov.Application.Conduct.ConfirmObservation;

/// <summary>Checks <see cref="ConfirmObservation"/>: the reason is given.</summary>
internal sealed class ConfirmObservationValidator : ObservationStepValidator<ConfirmObservation>;
