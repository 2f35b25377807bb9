using FriendlyGov.Domain;

namespace FriendlyGov.Reporting;

/// <summary>One criterion (tiêu chí) as a report shows it.</summary>
/// <param name="Id">The criterion's id, such as <c>G1.1</c>.</param>
/// <param name="Title">The criterion's title in both languages.</param>
/// <param name="Points">The exact sum of its indicators' points.</param>
/// <param name="MaxPoints">The criterion's maximum points.</param>
/// <param name="Indicators">Its indicators, in the framework's order.</param>
public sealed record CriterionReport(
    string Id,
    LocalizedText Title,
    decimal Points,
    decimal MaxPoints,
    IReadOnlyList<IndicatorReport> Indicators);
