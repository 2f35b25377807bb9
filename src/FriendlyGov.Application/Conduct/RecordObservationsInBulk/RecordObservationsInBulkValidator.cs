using FriendlyGov.Application.Validation;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Conduct;

namespace FriendlyGov.Application.Conduct.RecordObservationsInBulk;

/// <summary>
/// Checks every row of <see cref="RecordObservationsInBulk"/> as
/// <see cref="RecordObservation.RecordObservationValidator"/> checks one observation, naming each
/// problem by its row, such as <c>observations[12].ruleId</c>; the officials and their postings
/// are checked by the authorizer.
/// </summary>
/// <param name="options">Holds the row limit.</param>
/// <param name="conduct">Gives the code of conduct.</param>
internal sealed class RecordObservationsInBulkValidator(FriendlyGovOptions options, ConductLookup conduct) : IRequestValidator<RecordObservationsInBulk>
{
    /// <inheritdoc />
    public IEnumerable<Problem> Validate(RecordObservationsInBulk request)
    {
        Guard.Against.Null(request);
        if (request.Observations is not { Count: > 0 })
        {
            yield return new Problem("observations", "at least one observation is required");
            yield break;
        }

        if (RowLimit.Exceeded(options, "observations", request.Observations.Count) is { } tooMany)
        {
            yield return tooMany;
            yield break;
        }

        var code = conduct.CodeOfConduct();
        for (var i = 0; i < request.Observations.Count; i++)
        {
            // Each path is written only for a problem: a bulk has up to 100,000 rows, nearly all good.
            var row = request.Observations[i];
            if (row is null)
            {
                yield return new Problem(ObservationRows.Path(i), "is required");
                continue;
            }

            if (!Official.IsCode(row.OfficialCode ?? string.Empty))
                yield return new Problem(ObservationRows.Path(i, "officialCode"), $"'{row.OfficialCode}' is not an official's code: letters, digits and '-', such as CB-017");
            if (string.IsNullOrWhiteSpace(row.RuleId)) yield return new Problem(ObservationRows.Path(i, "ruleId"), "is required");
            else if (!code.TryGetRule(row.RuleId, out _)) yield return new Problem(ObservationRows.Path(i, "ruleId"), code.NotARule(row.RuleId));
            if (!Enum.IsDefined(row.Source)) yield return new Problem(ObservationRows.Path(i, "source"), $"{(int)row.Source} is not an observation source");
            if (string.IsNullOrWhiteSpace(row.SourceReference)) yield return new Problem(ObservationRows.Path(i, "sourceReference"), "is required");
            if (string.IsNullOrWhiteSpace(row.Account)) yield return new Problem(ObservationRows.Path(i, "account"), "is required");
        }
    }
}
