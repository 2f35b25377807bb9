using FriendlyGov.Application.Validation;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Evidence;

namespace FriendlyGov.Application.Assessments.RecordEvidence;

/// <summary>Checks <see cref="RecordEvidence"/>'s fields; the figures are checked against the indicator by the handler.</summary>
internal sealed class RecordEvidenceValidator : IRequestValidator<RecordEvidence>
{
    /// <inheritdoc />
    public IEnumerable<Problem> Validate(RecordEvidence request)
    {
        Guard.Against.Null(request);
        if (string.IsNullOrWhiteSpace(request.UnitCode)) yield return new Problem("unitCode", "is required");
        if (string.IsNullOrWhiteSpace(request.IndicatorId)) yield return new Problem("indicatorId", "is required");
        if (request.Source is not (EvidenceSource.Self or EvidenceSource.Appraisal)) yield return new Problem("source", $"{request.Source} is not Self or Appraisal");
        if (request.Evidence is null) yield return new Problem("evidence", "is required");
    }
}
