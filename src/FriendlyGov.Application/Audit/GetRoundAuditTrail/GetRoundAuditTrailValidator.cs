using FriendlyGov.Application.Validation;
using FriendlyGov.Domain;

namespace FriendlyGov.Application.Audit.GetRoundAuditTrail;

/// <summary>Checks <see cref="GetRoundAuditTrail"/>: the page starts at a sequence of 0 or more and holds 1 to 1000 entries.</summary>
internal sealed class GetRoundAuditTrailValidator : IRequestValidator<GetRoundAuditTrail>
{
    /// <inheritdoc />
    public IEnumerable<Problem> Validate(GetRoundAuditTrail request) =>
        AuditTrailPaging.Validate(Guard.Against.Null(request).AfterSequence, request.PageSize);
}
