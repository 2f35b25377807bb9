namespace FriendlyGov.Application.Conduct.DismissObservation;

/// <summary>Checks <see cref="DismissObservation"/>: the reason is given.</summary>
internal sealed class DismissObservationValidator : ObservationStepValidator<DismissObservation>;
