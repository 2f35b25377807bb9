using FriendlyGov.Application.Validation;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Conduct;
using FriendlyGov.Domain.Units;

namespace FriendlyGov.Application.Conduct.RegisterOfficial;

/// <summary>Checks <see cref="RegisterOfficial"/>'s fields; whether the code is free is checked by the handler.</summary>
internal sealed class RegisterOfficialValidator : IRequestValidator<RegisterOfficial>
{
    /// <inheritdoc />
    public IEnumerable<Problem> Validate(RegisterOfficial request)
    {
        Guard.Against.Null(request);
        if (!Official.IsCode(request.Code ?? string.Empty)) yield return new Problem("code", $"'{request.Code}' is not an official's code: letters, digits and '-', such as CB-017");
        if (string.IsNullOrWhiteSpace(request.DisplayName)) yield return new Problem("displayName", "is required");
        if (!AssessedUnit.IsUnitCode(request.UnitCode ?? string.Empty)) yield return UnitCodeField.NotAUnitCode("unitCode", request.UnitCode);
        if (!Enum.IsDefined(request.Role)) yield return new Problem("role", $"{(int)request.Role} is not an official's role");
    }
}
