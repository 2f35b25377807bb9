using FriendlyGov.Domain.Scoring;
using NodaTime;

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
    /// <summary>
    /// Per indicator (bonus ones included), the self-assessed and appraised points, which counted
    /// and from what; null in a snapshot kept before these were recorded.
    /// </summary>
    public IReadOnlyDictionary<string, SnapshotIndicator>? IndicatorDetails { get; init; }

    /// <summary>Per cap that applied, why its condition held, in both languages; null in a snapshot kept before reasons were recorded.</summary>
    public IReadOnlyDictionary<string, LocalizedText>? CapReasons { get; init; }

    /// <summary>
    /// The SHA-256 of the framework's canonical JSON (docs/formats.md, <c>friendlygov.result/1</c>),
    /// 64 lowercase hexadecimal digits; set by the workflow at finalization, else null.
    /// </summary>
    public string? FrameworkSha256 { get; init; }

    /// <summary>
    /// The evidence as counted, in its canonical JSON (docs/formats.md, <c>friendlygov.result/1</c>):
    /// the self-assessed and appraised evidence, the conduct observations and the figures measured
    /// from recorded data; set by the workflow at finalization, else null.
    /// </summary>
    public string? CountedEvidence { get; init; }

    /// <summary>The SHA-256 of <see cref="CountedEvidence"/> in UTF-8, 64 lowercase hexadecimal digits; null when it is not kept.</summary>
    public string? EvidenceSha256 { get; init; }

    /// <summary>Who finalized the assessment (the actor's id); null for a live scorecard or an older snapshot.</summary>
    public string? FinalizedBy { get; init; }

    /// <summary>When the assessment was finalized; null for a live scorecard or an older snapshot.</summary>
    public Instant? FinalizedAt { get; init; }

    /// <summary>Whether the snapshot keeps the self-assessed and appraised points and the reasons of caps.</summary>
    public bool KeepsDetails => IndicatorDetails is not null && CapReasons is not null;

    /// <summary>
    /// Fixes a scorecard's figures, with each indicator's self-assessed and appraised points and
    /// source and each cap's reason; the hashes, evidence and finalization are left for the workflow.
    /// </summary>
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
            card.Indicators.ToDictionary(i => i.Indicator.Id, i => i.Explanation))
        {
            IndicatorDetails = card.Indicators.ToDictionary(i => i.Indicator.Id, i => Detail(card, i)),
            CapReasons = card.Caps.ToDictionary(c => c.Cap.Id, c => c.Reason),
        };
    }

    private static SnapshotIndicator Detail(Scorecard card, IndicatorScore score)
    {
        var measuredFrom = score.Source == Evidence.EvidenceSource.Derived && card.Evidence.Measured.TryGetValue(score.Indicator.Id, out var measurement)
            ? measurement.Source.ToString()
            : null;
        return new SnapshotIndicator(score.SelfAssessedPoints, score.AppraisedPoints, score.Source, measuredFrom);
    }
}
