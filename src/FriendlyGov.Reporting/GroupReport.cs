using FriendlyGov.Domain;

namespace FriendlyGov.Reporting;

/// <summary>One group of criteria (nhóm tiêu chí) as a report shows it.</summary>
/// <param name="Id">The group's id, such as <c>G1</c>.</param>
/// <param name="Title">The group's title in both languages.</param>
/// <param name="Points">The exact sum of its criteria's points.</param>
/// <param name="MaxPoints">The group's maximum points.</param>
/// <param name="Criteria">Its criteria, in the framework's order.</param>
public sealed record GroupReport(
    string Id,
    LocalizedText Title,
    decimal Points,
    decimal MaxPoints,
    IReadOnlyList<CriterionReport> Criteria)
{
    /// <summary>Its indicators, in order.</summary>
    public IEnumerable<IndicatorReport> Indicators => Criteria.SelectMany(c => c.Indicators);
}
