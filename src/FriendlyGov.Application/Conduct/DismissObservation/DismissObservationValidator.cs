using FriendlyGov.Application.Validation;
using FriendlyGov.Domain;

namespace FriendlyGov.Application.Conduct.DismissObservation;

/// <summary>Checks <see cref="DismissObservation"/>: the reason is given.</summary>
internal sealed class DismissObservationValidator : IRequestValidator<DismissObservation>
{
    /// <inheritdoc />
    public IEnumerable<Problem> Validate(DismissObservation request)
    {
        Guard.Against.Null(request);
        if (string.IsNullOrWhiteSpace(request.Reason)) yield return new Problem("Reason", "is required: every step of an observation's due process says why");
    }
}
