using FriendlyGov.Application.Validation;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Dossiers;
using FriendlyGov.Domain.Periods;
using FriendlyGov.Domain.Units;

namespace FriendlyGov.Application.Dossiers.ImportDossierStatistics;

/// <summary>
/// Checks <see cref="ImportDossierStatistics"/>: a source, at least one row, unit codes of five
/// digits, and no unit and period on two rows. Problems name the row and column, such as
/// <c>row 7, column unitCode</c>.
/// </summary>
/// <param name="options">Holds the row limit.</param>
internal sealed class ImportDossierStatisticsValidator(FriendlyGovOptions options) : IRequestValidator<ImportDossierStatistics>
{
    /// <inheritdoc />
    public IEnumerable<Problem> Validate(ImportDossierStatistics request)
    {
        Guard.Against.Null(request);
        if (string.IsNullOrWhiteSpace(request.Source)) yield return new Problem("source", "is required");
        if (request.Rows is not { Count: > 0 })
        {
            yield return new Problem("rows", "there is no row to record");
            yield break;
        }

        if (RowLimit.Exceeded(options, "rows", request.Rows.Count) is { } tooMany)
        {
            yield return tooMany;
            yield break;
        }

        var first = new Dictionary<(string Unit, AssessmentPeriod Period), int>();
        foreach (var row in request.Rows)
        {
            if (row.UnitCode is not { } code || !AssessedUnit.IsUnitCode(code))
            {
                yield return UnitCodeField.NotAUnitCode(DossierStatisticsRow.Cell(row.Row, "unitCode"), row.UnitCode);
                continue;
            }

            if (first.TryGetValue((code, row.Period), out var earlier))
                yield return new Problem(DossierStatisticsRow.Cell(row.Row, "period"), $"unit {row.UnitCode} for {row.Period} is already on row {earlier}: give each unit and period once");
            else first.Add((code, row.Period), row.Row);
        }
    }
}
