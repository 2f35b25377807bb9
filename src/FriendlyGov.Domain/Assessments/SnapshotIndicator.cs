using FriendlyGov.Domain.Evidence;

namespace FriendlyGov.Domain.Assessments;

/// <summary>
/// What a kept scorecard records of one indicator beside its points: the self-assessed (tự đánh giá)
/// and appraised (thẩm định) points, which evidence counted and where it came from.
/// </summary>
/// <param name="SelfAssessedPoints">The points the self-assessed evidence earns; null when none was given.</param>
/// <param name="AppraisedPoints">The points the appraised evidence earns; null when none was given.</param>
/// <param name="Counted">Which evidence counted: <see cref="EvidenceSource.Appraisal"/> where the council
/// appraised, else <see cref="EvidenceSource.Self"/>; <see cref="EvidenceSource.Derived"/> for figures
/// measured from recorded data or derived from conduct observations; null when the indicator is missing.</param>
/// <param name="MeasuredFrom">The data source measured, such as <c>feedback.satisfiedShare (official)</c>,
/// when the points come from recorded data rather than hand-entered evidence; otherwise null.</param>
public sealed record SnapshotIndicator(decimal? SelfAssessedPoints, decimal? AppraisedPoints, EvidenceSource? Counted, string? MeasuredFrom)
{
    /// <summary>Appraised minus self-assessed points, where both exist.</summary>
    public decimal? Difference => AppraisedPoints - SelfAssessedPoints;
}
