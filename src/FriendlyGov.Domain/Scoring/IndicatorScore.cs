using FriendlyGov.Domain.Criteria;
using FriendlyGov.Domain.Evidence;

namespace FriendlyGov.Domain.Scoring;

/// <summary>The points one indicator earned, where they came from and how.</summary>
/// <param name="Indicator">The indicator.</param>
/// <param name="Points">The points that count, rounded to the framework's decimals.</param>
/// <param name="Source">The evidence that counts, or <see langword="null"/> when there is none (missing).</param>
/// <param name="SelfAssessedPoints">The points the self-assessed evidence earns, where given.</param>
/// <param name="AppraisedPoints">The points the appraised evidence earns, where given.</param>
/// <param name="Explanation">The method, the evidence used, the arithmetic and the points, in both languages.</param>
public sealed record IndicatorScore(
    Indicator Indicator,
    decimal Points,
    EvidenceSource? Source,
    decimal? SelfAssessedPoints,
    decimal? AppraisedPoints,
    LocalizedText Explanation)
{
    /// <summary>Whether no evidence was given, so the indicator scored 0.</summary>
    public bool IsMissing => Source is null;

    /// <summary>Appraised minus self-assessed points, where both exist.</summary>
    public decimal? Difference => AppraisedPoints - SelfAssessedPoints;
}
