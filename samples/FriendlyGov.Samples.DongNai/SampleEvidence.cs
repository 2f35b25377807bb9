using FriendlyGov.Domain.Evidence;
using NodaTime;

namespace FriendlyGov.Samples.DongNai;

/// <summary>
/// Invented but plausible evidence for every evidence indicator of
/// dongnai-friendly-government@2024.1, drawn from a seeded <see cref="Random"/> so that every run
/// records the same figures. The two conduct indicators (G4.2.2, G5.3.1) take no evidence: they
/// follow from the confirmed conduct observations.
/// </summary>
internal static class SampleEvidence
{
    /// <summary>One unit's self-assessed evidence, in the framework's order.</summary>
    /// <param name="random">The seeded generator.</param>
    /// <returns>The evidence of each indicator.</returns>
    public static IReadOnlyList<(string IndicatorId, IndicatorEvidence Evidence)> For(Random random)
    {
        var evidence = new List<(string, IndicatorEvidence)>
        {
            ("G1.1.1", new() { Items = Some(random, ["office", "portal", "hotline"], 0.9) }),
            ("G1.2.2", new() { Value = random.Next(55, 100), Note = "Chỉ số do Sở Thông tin và Truyền thông công bố" }),
            ("G2.1.1", new() { Items = Some(random, ["waiting", "kiosk", "access", "digital"], 0.8) }),
            ("G2.1.2", new() { Met = random.NextDouble() < 0.9 }),
            ("G2.2.1", new() { Met = random.NextDouble() < 0.85 }),
            ("G2.2.2", new() { Met = random.NextDouble() < 0.95 }),
            ("G3.1.2", new() { Met = random.NextDouble() < 0.8 }),
            ("G3.3.1", new() { Count = random.Next(0, 3) }),
            ("G4.1.2", new() { Value = random.Next(12, 49) }),
            ("G4.2.1", new() { Points = random.Next(2, 5) / 2m, Note = "Đơn vị tự đánh giá người đứng đầu gương mẫu, thân thiện" }),
            ("G5.2.1", new() { Value = Math.Round((decimal)Between(random, 0.7, 1.0), 2) }),
            ("G5.3.2", new() { Met = random.NextDouble() < 0.9 }),
        };
        if (random.NextDouble() < 0.3)
            evidence.Add(("B1", new() { Value = random.Next(1, 3), Note = "Sáng kiến được Hội đồng sáng kiến cấp huyện công nhận" }));
        return evidence;
    }

    /// <summary>A few appraisal corrections: the appraiser finds lower figures than self-assessed.</summary>
    /// <param name="random">The seeded generator.</param>
    /// <param name="unitCodes">The units of the round.</param>
    /// <returns>The corrections.</returns>
    public static IReadOnlyList<(string UnitCode, string IndicatorId, IndicatorEvidence Evidence, string Note)> Corrections(Random random, IReadOnlyList<string> unitCodes) =>
    [
        (unitCodes[random.Next(unitCodes.Count)], "G1.2.2", new() { Value = 48 }, "Sở công bố chỉ số 48, không phải số đơn vị tự chấm"),
        (unitCodes[random.Next(unitCodes.Count)], "G3.2.1", new() { Value = 8 }, "Biên bản chỉ chứng minh 8 buổi"),
        (unitCodes[random.Next(unitCodes.Count)], "G2.2.1", new() { Met = false }, "Kiểm tra thực tế: sơ đồ vị trí chưa cập nhật"),
        (unitCodes[random.Next(unitCodes.Count)], "G4.2.1", new() { Points = 1m, Note = "Hội đồng thẩm định cho 1 điểm" }, "Hội đồng thẩm định cho 1 điểm"),
        (unitCodes[random.Next(unitCodes.Count)], "G3.3.1", new() { Count = 3 }, "Thanh tra kết luận 3 vụ việc đúng một phần"),
    ];

    /// <summary>A few conduct observations, all to be confirmed: minor "4 xin"/"4 luôn" ones by staff and one "5 không" 5K.1 by a head.</summary>
    /// <param name="unitCodes">The units of the round.</param>
    /// <returns>The observations.</returns>
    public static IReadOnlyList<(string OfficialCode, string RuleId, LocalDate On, string Reference, string Account)> Observations(IReadOnlyList<string> unitCodes) =>
    [
        ($"{unitCodes[3]}-CB1", "4X.1", new LocalDate(2024, 4, 9), "PA-2024-014", "Người dân phản ánh công chức không chào hỏi khi tiếp nhận hồ sơ"),
        ($"{unitCodes[9]}-CB2", "4L.3", new LocalDate(2024, 7, 22), "PA-2024-052", "Người dân phản ánh công chức không lắng nghe hết ý kiến"),
        ($"{unitCodes[17]}-CB1", "4X.2", new LocalDate(2024, 10, 3), "PA-2024-077", "Hồ sơ trễ hạn nhưng công chức không xin lỗi người dân"),
        ($"{unitCodes[13]}-CT", "5K.1", new LocalDate(2024, 11, 18), "TTr-2024-091", "Phản ánh về người đứng đầu, đã được thanh tra xác minh"),
    ];

    /// <summary>A random figure in [low, high), from the sample's seeded generator.</summary>
    internal static double Between(Random random, double low, double high) => low + (random.NextDouble() * (high - low));

    private static string[] Some(Random random, string[] items, double chance) =>
        [.. items.Where(_ => random.NextDouble() < chance)];
}
