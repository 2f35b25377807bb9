using FriendlyGov.Application.Validation;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Units;

namespace FriendlyGov.Application.Scorecards.GetFinalScorecard;

/// <summary>Checks <see cref="GetFinalScorecard"/>: the unit code is five digits.</summary>
internal sealed class GetFinalScorecardValidator : IRequestValidator<GetFinalScorecard>
{
    /// <inheritdoc />
    public IEnumerable<Problem> Validate(GetFinalScorecard request)
    {
        Guard.Against.Null(request);
        if (string.IsNullOrWhiteSpace(request.UnitCode)) yield return new Problem("UnitCode", "is required");
        else if (!AssessedUnit.IsUnitCode(request.UnitCode)) yield return new Problem("UnitCode", $"'{request.UnitCode}' is not a unit code: five digits, such as 25996");
    }
}
