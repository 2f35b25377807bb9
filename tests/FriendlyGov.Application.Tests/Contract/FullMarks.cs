using FriendlyGov.Domain.Evidence;

namespace FriendlyGov.Application.Tests.Contract;

/// <summary>
/// Evidence that gives each evidence indicator of dongnai-friendly-government@2024.1 its maximum,
/// so a test varies only the few figures it is about and the totals stay easy to work out by hand.
/// </summary>
/// <remarks>
/// The maxima add up to 92: G1 5+5+5+5 = 20; G2 8+2+3+2 = 15; G3 8+2+5+5+5 = 25; G4 5+5+2 = 12;
/// G5 8+5+4+3 = 20. The two conduct indicators, G4.2.2 (3) and G5.3.1 (5), take no evidence and
/// keep their maximum while no breach is confirmed: 92 + 8 = 100. The bonus B1 (up to 5) is left
/// out: with no evidence it scores 0 and is listed as missing.
/// </remarks>
public static class FullMarks
{
    /// <summary>The evidence of each indicator, in the framework's order.</summary>
    public static IReadOnlyList<(string IndicatorId, IndicatorEvidence Evidence)> All { get; } =
    [
        ("G1.1.1", new() { Items = ["office", "portal", "hotline"] }),          // 2 + 2 + 1 = 5
        ("G1.1.2", new() { Met = true }),                                        // 5
        ("G1.2.1", new() { Value = 0.8m }),                                      // at the target 0.8: 5
        ("G1.2.2", new() { Value = 100m }),                                      // 5 × 100 / 100 = 5
        ("G2.1.1", new() { Items = ["waiting", "kiosk", "access", "digital"] }), // 2 + 2 + 1.5 + 2.5 = 8
        ("G2.1.2", new() { Met = true }),                                        // 2
        ("G2.2.1", new() { Met = true }),                                        // 3
        ("G2.2.2", new() { Met = true }),                                        // 2
        ("G3.1.1", new() { Value = 1m }),                                        // at the target 1: 8
        ("G3.1.2", new() { Met = true }),                                        // 2
        ("G3.2.1", new() { Value = 24m }),                                       // band 24: 5
        ("G3.2.2", new() { Value = 0.95m }),                                     // at the target 0.95: 5
        ("G3.3.1", new() { Count = 0m }),                                        // 5 − 2 × 0 = 5
        ("G4.1.1", new() { Value = 0.9m }),                                      // at the target 0.9: 5
        ("G4.1.2", new() { Value = 48m }),                                       // band 48: 5
        ("G4.2.1", new() { Points = 2m, Note = "Hội đồng thẩm định đánh giá người đứng đầu gương mẫu" }), // 2
        ("G5.1.1", new() { Average = 5m, Count = 120m }),                        // 8 × (5 − 1) / (5 − 1) = 8
        ("G5.1.2", new() { Average = 5m, Count = 120m }),                        // 5
        ("G5.2.1", new() { Value = 1m }),                                        // at the target 1: 4
        ("G5.3.2", new() { Met = true }),                                        // 3
    ];

    /// <summary>Full marks, with some indicators' evidence replaced (or added, for the bonus) and some left out.</summary>
    /// <param name="replaced">Evidence that replaces the full marks of its indicator; a bonus indicator's comes last.</param>
    /// <param name="leftOut">Indicators given no evidence at all.</param>
    /// <returns>The evidence to record.</returns>
    public static IReadOnlyList<(string IndicatorId, IndicatorEvidence Evidence)> Except(
        IReadOnlyDictionary<string, IndicatorEvidence>? replaced = null, params string[] leftOut) =>
        [
            .. All.Where(e => !leftOut.Contains(e.IndicatorId))
                .Select(e => replaced is not null && replaced.TryGetValue(e.IndicatorId, out var other) ? (e.IndicatorId, other) : e),
            .. (replaced ?? new Dictionary<string, IndicatorEvidence>()).Where(r => All.All(e => e.IndicatorId != r.Key)).Select(r => (r.Key, r.Value)),
        ];
}
