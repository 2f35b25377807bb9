using FriendlyGov.Application.Validation;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Units;

namespace FriendlyGov.Application.Units.GetUnitHistory;

/// <summary>Checks <see cref="GetUnitHistory"/>: the unit code is five digits.</summary>
internal sealed class GetUnitHistoryValidator : IRequestValidator<GetUnitHistory>
{
    /// <inheritdoc />
    public IEnumerable<Problem> Validate(GetUnitHistory request)
    {
        Guard.Against.Null(request);
        if (string.IsNullOrWhiteSpace(request.UnitCode)) yield return new Problem("UnitCode", "is required");
        else if (!AssessedUnit.IsUnitCode(request.UnitCode)) yield return new Problem("UnitCode", $"'{request.UnitCode}' is not a unit code: five digits, such as 25996");
    }
}
