using FriendlyGov.Domain.Conduct;
using FriendlyGov.Domain.Periods;
using FriendlyGov.Domain.Units;

namespace FriendlyGov.Domain.Evidence;

/// <summary>Everything known about one unit in one period: the input the scoring engine scores.</summary>
/// <param name="Unit">The unit.</param>
/// <param name="Period">The assessment period.</param>
/// <param name="SelfAssessed">Self-assessed evidence by indicator id.</param>
/// <param name="Appraised">Appraised evidence by indicator id; where present it counts instead of
/// the self-assessed evidence.</param>
public sealed record UnitEvidence(
    AssessedUnit Unit,
    AssessmentPeriod Period,
    IReadOnlyDictionary<string, IndicatorEvidence> SelfAssessed,
    IReadOnlyDictionary<string, IndicatorEvidence> Appraised)
{
    /// <summary>
    /// The unit's conduct observations in the period, whatever their status; <c>conduct</c>
    /// methods and caps count the confirmed ones.
    /// </summary>
    public IReadOnlyList<ConductBreach> Conduct { get; init; } = [];

    /// <summary>
    /// Figures measured from recorded data, by indicator id, for indicators that name a data source;
    /// one counts only where no evidence was entered by hand for the indicator.
    /// </summary>
    public IReadOnlyDictionary<string, Measurement> Measured { get; init; } = new Dictionary<string, Measurement>(StringComparer.Ordinal);

    /// <summary>Evidence with self-assessed figures only.</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="period">The assessment period.</param>
    /// <param name="selfAssessed">Self-assessed evidence by indicator id.</param>
    /// <returns>The evidence.</returns>
    public static UnitEvidence SelfAssessedOnly(AssessedUnit unit, AssessmentPeriod period, IReadOnlyDictionary<string, IndicatorEvidence> selfAssessed) =>
        new(unit, period, selfAssessed, new Dictionary<string, IndicatorEvidence>());
}
