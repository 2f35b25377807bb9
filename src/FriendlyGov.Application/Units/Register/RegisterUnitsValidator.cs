using FriendlyGov.Application.Validation;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Units;
using NodaTime;

namespace FriendlyGov.Application.Units.Register;

/// <summary>Checks <see cref="RegisterUnits"/>: at least one unit, codes of five digits, each code and first day listed once, names and provinces given, dates in order.</summary>
/// <param name="options">Holds the row limit.</param>
internal sealed class RegisterUnitsValidator(FriendlyGovOptions options) : IRequestValidator<RegisterUnits>
{
    /// <inheritdoc />
    public IEnumerable<Problem> Validate(RegisterUnits request)
    {
        Guard.Against.Null(request);
        if (request.Units is not { Count: > 0 }) yield return new Problem("units", "at least one unit is required");
        else if (RowLimit.Exceeded(options, "units", request.Units.Count) is { } tooMany)
        {
            yield return tooMany;
            yield break;
        }

        var seen = new HashSet<(string, LocalDate)>();
        for (var i = 0; i < (request.Units?.Count ?? 0); i++)
        {
            var unit = request.Units![i];
            var path = $"units[{i}]";
            if (!AssessedUnit.IsUnitCode(unit.Code ?? string.Empty)) yield return UnitCodeField.NotAUnitCode(path + ".code", unit.Code);
            else if (!seen.Add((unit.Code!, unit.ExistedFrom))) yield return new Problem(path + ".code", $"'{unit.Code}' from {unit.ExistedFrom:uuuu-MM-dd} is listed more than once");
            if (string.IsNullOrWhiteSpace(unit.Name)) yield return new Problem(path + ".name", "is required");
            if (string.IsNullOrWhiteSpace(unit.Province)) yield return new Problem(path + ".province", "is required");
            if (!Enum.IsDefined(unit.Kind)) yield return new Problem(path + ".kind", $"{(int)unit.Kind} is not a unit kind");
            if (unit.ExistedUntil is { } until && until < unit.ExistedFrom)
                yield return new Problem(path + ".existedUntil", $"{until:uuuu-MM-dd} is before ExistedFrom {unit.ExistedFrom:uuuu-MM-dd}");
        }
    }
}
