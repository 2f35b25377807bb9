using FriendlyGov.Application.Validation;
using FriendlyGov.Domain;

namespace FriendlyGov.Application.Audit.GetProvinceAuditTrail;

/// <summary>Checks <see cref="GetProvinceAuditTrail"/>: the province is given, the page starts at a sequence of 0 or more and holds 1 to 1000 entries.</summary>
internal sealed class GetProvinceAuditTrailValidator : IRequestValidator<GetProvinceAuditTrail>
{
    /// <inheritdoc />
    public IEnumerable<Problem> Validate(GetProvinceAuditTrail request)
    {
        Guard.Against.Null(request);
        if (string.IsNullOrWhiteSpace(request.Province)) yield return new Problem("province", "is required");
        foreach (var problem in AuditTrailPaging.Validate(request.AfterSequence, request.PageSize)) yield return problem;
    }
}
