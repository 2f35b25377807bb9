using FriendlyGov.Application.Validation;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Conduct;
using FriendlyGov.Domain.Units;

namespace FriendlyGov.Application.Sessions.HoldSession;

/// <summary>Checks <see cref="HoldSession"/>'s fields; the chair's posting and the dates against today are checked by the handler.</summary>
internal sealed class HoldSessionValidator : IRequestValidator<HoldSession>
{
    /// <inheritdoc />
    public IEnumerable<Problem> Validate(HoldSession request)
    {
        Guard.Against.Null(request);
        if (!AssessedUnit.IsUnitCode(request.UnitCode ?? string.Empty)) yield return UnitCodeField.NotAUnitCode("unitCode", request.UnitCode);
        if (!Official.IsCode(request.ChairCode ?? string.Empty))
            yield return new Problem("chairCode", $"'{request.ChairCode}' is not an official's code: letters, digits and '-', such as CB-017");
        if (request.Attendance < 0) yield return new Problem("attendance", $"{request.Attendance} is negative: give 0 or more people");
        if (request.Issues is null) yield return new Problem("issues", "is required; give an empty list when no issue was raised");
        else
        {
            for (var i = 0; i < request.Issues.Count; i++)
            {
                if (string.IsNullOrWhiteSpace(request.Issues[i]?.Summary)) yield return new Problem($"issues[{i}].summary", "is required");
                else if (request.Issues[i].Deadline < request.HeldOn)
                    yield return new Problem($"issues[{i}].deadline", $"{request.Issues[i].Deadline:uuuu-MM-dd} is before the session on {request.HeldOn:uuuu-MM-dd}");
            }
        }
    }
}
