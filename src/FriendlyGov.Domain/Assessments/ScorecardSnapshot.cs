using FriendlyGov.Domain.Scoring;

namespace FriendlyGov.Domain.Assessments;

/// <summary>
/// A scorecard's figures fixed at one moment, such as finalization, so that they stay as they
/// were even if the framework or the evidence changes later.
/// </summary>
/// <param name="Framework">The framework, <c>id@version</c>.</param>
/// <param name="UnitCode">The unit's code.</param>
/// <param name="UnitName">The unit's name.</param>
/// <param name="Period">The period, as written in files.</param>
/// <param name="Total">The total.</param>
/// <param name="Rating">The final rating's code.</param>
/// <param name="RatingRank">The rating's place among the framework's ratings: 0 for the best.</param>
/// <param name="BandRating">The rating the total earned before caps.</param>
/// <param name="Bonus">The bonus points.</param>
/// <param name="Groups">Points per group.</param>
/// <param name="Indicators">Points per indicator, bonus indicators included.</param>
/// <param name="Caps">The caps that applied.</param>
/// <param name="Missing">The indicators with no evidence.</param>
/// <param name="Explanations">The explanation of each indicator.</param>
public sealed record ScorecardSnapshot(
    string Framework,
    string UnitCode,
    string UnitName,
    string Period,
    decimal Total,
    string Rating,
    int RatingRank,
    string BandRating,
    decimal Bonus,
    IReadOnlyDictionary<string, decimal> Groups,
    IReadOnlyDictionary<string, decimal> Indicators,
    IReadOnlyList<string> Caps,
    IReadOnlyList<string> Missing,
    IReadOnlyDictionary<string, LocalizedText> Explanations)
{
    /// <summary>Fixes a scorecard's figures.</summary>
    /// <param name="card">The scorecard.</param>
    /// <returns>Its snapshot.</returns>
    public static ScorecardSnapshot Of(Scorecard card)
    {
        Guard.Against.Null(card);
        var ratings = card.Framework.Ratings;
        return new ScorecardSnapshot(
            card.Framework.Id.ToString(),
            card.Unit.Code,
            card.Unit.Name,
            card.Period.ToString(),
            card.Total,
            card.Rating.Code,
            ratings.ToList().FindIndex(r => r.Code == card.Rating.Code),
            card.BandRating.Code,
            card.Bonus,
            card.Groups.ToDictionary(g => g.Group.Id, g => g.Points),
            card.Indicators.ToDictionary(i => i.Indicator.Id, i => i.Points),
            [.. card.Caps.Select(c => c.Cap.Id)],
            [.. card.Missing],
            card.Indicators.ToDictionary(i => i.Indicator.Id, i => i.Explanation));
    }
}
