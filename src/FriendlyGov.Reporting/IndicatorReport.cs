using FriendlyGov.Domain;

namespace FriendlyGov.Reporting;

/// <summary>One indicator (tiêu chí thành phần) as a report shows it: its points against its maximum and why.</summary>
/// <param name="Id">The indicator's id, such as <c>G1.1.1</c>.</param>
/// <param name="Title">The indicator's title in both languages.</param>
/// <param name="Points">The points that count, rounded to the framework's decimals.</param>
/// <param name="MaxPoints">The indicator's maximum points.</param>
/// <param name="SelfAssessedPoints">The points the self-assessed evidence earns, where given; null too
/// in a report of a snapshot kept before they were recorded (<see cref="ScorecardReport.DetailsKept"/>).</param>
/// <param name="AppraisedPoints">The points the appraised evidence earns, where known.</param>
/// <param name="IsMissing">Whether no evidence was given, so the indicator scored 0.</param>
/// <param name="Explanation">The method, the evidence used, the arithmetic and the points, in both languages.</param>
public sealed record IndicatorReport(
    string Id,
    LocalizedText Title,
    decimal Points,
    decimal MaxPoints,
    decimal? SelfAssessedPoints,
    decimal? AppraisedPoints,
    bool IsMissing,
    LocalizedText Explanation)
{
    /// <summary>Appraised minus self-assessed points (chênh lệch), where both are known.</summary>
    public decimal? Difference => AppraisedPoints - SelfAssessedPoints;
}
