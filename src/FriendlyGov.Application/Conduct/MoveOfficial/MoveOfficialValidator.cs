using FriendlyGov.Application.Validation;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Conduct;
using FriendlyGov.Domain.Units;

namespace FriendlyGov.Application.Conduct.MoveOfficial;

/// <summary>Checks <see cref="MoveOfficial"/>'s fields.</summary>
internal sealed class MoveOfficialValidator : IRequestValidator<MoveOfficial>
{
    /// <inheritdoc />
    public IEnumerable<Problem> Validate(MoveOfficial request)
    {
        Guard.Against.Null(request);
        if (!Official.IsCode(request.Code ?? string.Empty)) yield return new Problem("code", $"'{request.Code}' is not an official's code: letters, digits and '-', such as CB-017");
        if (!AssessedUnit.IsUnitCode(request.UnitCode ?? string.Empty)) yield return UnitCodeField.NotAUnitCode("unitCode", request.UnitCode);
        if (!Enum.IsDefined(request.Role)) yield return new Problem("role", $"{(int)request.Role} is not an official's role");
    }
}
