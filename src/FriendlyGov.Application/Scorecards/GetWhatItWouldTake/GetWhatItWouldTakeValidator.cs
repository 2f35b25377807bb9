using FriendlyGov.Application.Validation;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Units;

namespace FriendlyGov.Application.Scorecards.GetWhatItWouldTake;

/// <summary>Checks <see cref="GetWhatItWouldTake"/>: the unit code is five digits.</summary>
internal sealed class GetWhatItWouldTakeValidator : IRequestValidator<GetWhatItWouldTake>
{
    /// <inheritdoc />
    public IEnumerable<Problem> Validate(GetWhatItWouldTake request)
    {
        Guard.Against.Null(request);
        if (string.IsNullOrWhiteSpace(request.UnitCode)) yield return new Problem("UnitCode", "is required");
        else if (!AssessedUnit.IsUnitCode(request.UnitCode)) yield return new Problem("UnitCode", $"'{request.UnitCode}' is not a unit code: five digits, such as 25996");
    }
}
