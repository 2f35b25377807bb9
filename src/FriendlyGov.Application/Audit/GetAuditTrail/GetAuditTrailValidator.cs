using FriendlyGov.Application.Validation;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Units;

namespace FriendlyGov.Application.Audit.GetAuditTrail;

/// <summary>Checks <see cref="GetAuditTrail"/>: the unit code is five digits.</summary>
internal sealed class GetAuditTrailValidator : IRequestValidator<GetAuditTrail>
{
    /// <inheritdoc />
    public IEnumerable<Problem> Validate(GetAuditTrail request)
    {
        Guard.Against.Null(request);
        if (string.IsNullOrWhiteSpace(request.UnitCode)) yield return new Problem("UnitCode", "is required");
        else if (!AssessedUnit.IsUnitCode(request.UnitCode)) yield return new Problem("UnitCode", $"'{request.UnitCode}' is not a unit code: five digits, such as 25996");
    }
}
