using FriendlyGov.Application.Validation;
using FriendlyGov.Domain;

namespace FriendlyGov.Application.Conduct.ConfirmObservation;

/// <summary>Checks <see cref="ConfirmObservation"/>: the reason is given.</summary>
internal sealed class ConfirmObservationValidator : IRequestValidator<ConfirmObservation>
{
    /// <inheritdoc />
    public IEnumerable<Problem> Validate(ConfirmObservation request)
    {
        Guard.Against.Null(request);
        if (string.IsNullOrWhiteSpace(request.Reason)) yield return new Problem("Reason", "is required: every step of an observation's due process says why");
    }
}
