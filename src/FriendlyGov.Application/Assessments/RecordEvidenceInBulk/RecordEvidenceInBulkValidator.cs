using FriendlyGov.Application.Validation;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Evidence;

namespace FriendlyGov.Application.Assessments.RecordEvidenceInBulk;

/// <summary>
/// Checks <see cref="RecordEvidenceInBulk"/>'s fields and every entry's, naming each problem by
/// its entry, such as <c>entries[12].indicatorId</c>; the figures are checked against the
/// indicators by the handler.
/// </summary>
/// <param name="options">Holds the row limit.</param>
internal sealed class RecordEvidenceInBulkValidator(FriendlyGovOptions options) : IRequestValidator<RecordEvidenceInBulk>
{
    /// <inheritdoc />
    public IEnumerable<Problem> Validate(RecordEvidenceInBulk request)
    {
        Guard.Against.Null(request);
        if (request.Source is not (EvidenceSource.Self or EvidenceSource.Appraisal)) yield return new Problem("source", $"{request.Source} is not Self or Appraisal");
        if (request.Entries is not { Count: > 0 })
        {
            yield return new Problem("entries", "at least one entry is required");
            yield break;
        }

        if (RowLimit.Exceeded(options, "entries", request.Entries.Count) is { } tooMany)
        {
            yield return tooMany;
            yield break;
        }

        for (var i = 0; i < request.Entries.Count; i++)
        {
            var entry = request.Entries[i];
            var path = $"entries[{i}]";
            if (entry is null)
            {
                yield return new Problem(path, "is required");
                continue;
            }

            if (string.IsNullOrWhiteSpace(entry.UnitCode)) yield return new Problem(path + ".unitCode", "is required");
            if (string.IsNullOrWhiteSpace(entry.IndicatorId)) yield return new Problem(path + ".indicatorId", "is required");
            if (entry.Evidence is null) yield return new Problem(path + ".evidence", "is required");
        }
    }
}
