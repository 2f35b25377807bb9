namespace FriendlyGov.Domain.Conduct;

/// <summary>One row of a conduct summary: an official, a unit or a rule group, this period and the one before.</summary>
/// <param name="Key">The official's code, the unit's code, the rule group's id, or <c>*</c> for everything.</param>
/// <param name="Current">The counts in the period summarized.</param>
/// <param name="Previous">The counts in the period before it.</param>
public sealed record ConductSummaryRow(string Key, ConductTally Current, ConductTally Previous)
{
    /// <summary>The change against the previous period: current minus previous.</summary>
    public ConductTally Change => Current.Minus(Previous);
}
