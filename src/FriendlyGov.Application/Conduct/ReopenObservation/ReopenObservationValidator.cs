using FriendlyGov.Application.Validation;
using FriendlyGov.Domain;

namespace FriendlyGov.Application.Conduct.ReopenObservation;

/// <summary>Checks <see cref="ReopenObservation"/>: the reason is given.</summary>
internal sealed class ReopenObservationValidator : IRequestValidator<ReopenObservation>
{
    /// <inheritdoc />
    public IEnumerable<Problem> Validate(ReopenObservation request)
    {
        Guard.Against.Null(request);
        if (string.IsNullOrWhiteSpace(request.Reason)) yield return new Problem("Reason", "is required: every step of an observation's due process says why");
    }
}
