namespace FriendlyGov.Domain.Disclosures;

/// <summary>What a unit's disclosures add up to over a period; see <see cref="DisclosureSummaries.Summarize"/> for the rules.</summary>
/// <param name="UnitCode">The unit.</param>
/// <param name="Period">The period, as written in files.</param>
/// <param name="Catalogue">The catalogue, <c>id@version</c>.</param>
/// <param name="Required">Every disclosure required in the period, by due date then item id.</param>
public sealed record DisclosureSummary(string UnitCode, string Period, string Catalogue, IReadOnlyList<RequiredDisclosure> Required)
{
    /// <summary>Required disclosures met, out of those that are decided (all but the pending ones).</summary>
    public Share OnTimeAndLongEnough => new(
        Required.Count(r => r.Status == DisclosureStatus.Met),
        Required.Count(r => r.Status != DisclosureStatus.Pending));

    /// <summary>The required disclosures missing, late or posted too briefly.</summary>
    public IReadOnlyList<RequiredDisclosure> Shortfalls =>
        [.. Required.Where(r => r.Status is DisclosureStatus.Missing or DisclosureStatus.Late or DisclosureStatus.TooShort)];
}
