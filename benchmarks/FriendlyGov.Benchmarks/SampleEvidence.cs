using FriendlyGov.Domain.Evidence;

namespace FriendlyGov.Benchmarks;

/// <summary>
/// Evidence for each of the twenty evidence indicators of dongnai-friendly-government@2024.1,
/// each at its maximum (the same figures as the contract tests' <c>FullMarks</c>).
/// </summary>
public static class SampleEvidence
{
    /// <summary>The evidence of each indicator, in the framework's order.</summary>
    public static IReadOnlyList<(string IndicatorId, IndicatorEvidence Evidence)> FullMarks { get; } =
    [
        ("G1.1.1", new() { Items = ["office", "portal", "hotline"] }),
        ("G1.1.2", new() { Met = true }),
        ("G1.2.1", new() { Value = 0.8m }),
        ("G1.2.2", new() { Value = 100m }),
        ("G2.1.1", new() { Items = ["waiting", "kiosk", "access", "digital"] }),
        ("G2.1.2", new() { Met = true }),
        ("G2.2.1", new() { Met = true }),
        ("G2.2.2", new() { Met = true }),
        ("G3.1.1", new() { Value = 1m }),
        ("G3.1.2", new() { Met = true }),
        ("G3.2.1", new() { Value = 24m }),
        ("G3.2.2", new() { Value = 0.95m }),
        ("G3.3.1", new() { Count = 0m }),
        ("G4.1.1", new() { Value = 0.9m }),
        ("G4.1.2", new() { Value = 48m }),
        ("G4.2.1", new() { Points = 2m, Note = "Hội đồng thẩm định đánh giá người đứng đầu gương mẫu" }),
        ("G5.1.1", new() { Average = 5m, Count = 120m }),
        ("G5.1.2", new() { Average = 5m, Count = 120m }),
        ("G5.2.1", new() { Value = 1m }),
        ("G5.3.2", new() { Met = true }),
    ];
}
