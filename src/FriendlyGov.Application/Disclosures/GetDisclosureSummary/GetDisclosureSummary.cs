using FriendlyGov.Domain.Disclosures;

namespace FriendlyGov.Application.Disclosures.GetDisclosureSummary;

/// <summary>Which disclosures a unit had to make in a period, and whether it made them on time and for long enough.</summary>
/// <remarks>
/// Who may send it: the unit's officer, or an appraiser or administrator of its province (rule
/// <c>reader-in-scope</c>).
/// What it returns: every disclosure required in the period with its status, the share met and
/// the shortfalls (missing, late, too short), against the catalogue of
/// <see cref="FriendlyGovOptions.DisclosureCatalogue"/> and today's date in Vietnam, by the rules
/// of <see cref="DisclosureSummaries.Summarize"/>.
/// What it changes: nothing. What it raises: nothing.
/// </remarks>
/// <param name="UnitCode">The unit: the one with this code that existed on the period's last day (a unit formed during the period is summed up over the days it existed).</param>
/// <param name="Period">The period, written <c>2024</c>, <c>2024-H1</c>, <c>2024-Q2</c> or <c>2024-05</c>.</param>
public sealed record GetDisclosureSummary(string UnitCode, string Period) : IQuery<DisclosureSummary>;
