using FriendlyGov.Application.Validation;
using FriendlyGov.Domain;

namespace FriendlyGov.Application.Disclosures.EndDisclosurePosting;

/// <summary>Checks <see cref="EndDisclosurePosting"/>: a disclosure id; the dates are checked by the handler.</summary>
internal sealed class EndDisclosurePostingValidator : IRequestValidator<EndDisclosurePosting>
{
    /// <inheritdoc />
    public IEnumerable<Problem> Validate(EndDisclosurePosting request)
    {
        Guard.Against.Null(request);
        if (request.DisclosureId == Guid.Empty) yield return new Problem("disclosureId", "is required");
    }
}
