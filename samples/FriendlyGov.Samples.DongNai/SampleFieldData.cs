using FriendlyGov.Application.Dossiers.ImportDossierStatistics;
using FriendlyGov.Application.Feedback.RecordFeedback;
using FriendlyGov.Application.Sessions.HoldSession;
using FriendlyGov.Domain.Disclosures;
using FriendlyGov.Domain.Dossiers;
using FriendlyGov.Domain.Feedback;
using FriendlyGov.Domain.Periods;
using NodaTime;

namespace FriendlyGov.Samples.DongNai;

/// <summary>
/// Illustrative data "from the field" for one unit's 2024, from a seeded <see cref="Random"/>:
/// the dossier counts of its one-stop desk, its "Morning with the People" sessions, citizens'
/// ratings and its public disclosures. The framework's indicators that name these sources are
/// scored from them; no figure here is a unit's real result.
/// </summary>
internal static class SampleFieldData
{
    private static readonly string[] Concerns =
    [
        "Đèn chiếu sáng hẻm bị hỏng", "Rác thải tập kết sai nơi quy định", "Ngập nước khi mưa lớn", "Lấn chiếm vỉa hè",
        "Cấp giấy chứng nhận quyền sử dụng đất chậm", "Tiếng ồn karaoke ban đêm", "Đường giao thông nông thôn xuống cấp",
    ];

    private static readonly string[] Comments =
    [
        "Cán bộ nhiệt tình, hướng dẫn rõ ràng.", "Thời gian chờ hơi lâu.", "Thủ tục nhanh gọn, cảm ơn.",
        "Nhân viên vui vẻ. Có gì cần hỏi xin gọi 0912 345 678.", "Nộp trực tuyến thuận tiện.",
    ];

    /// <summary>The row of the one-stop system's nightly export for the unit's 2024 dossiers.</summary>
    public static DossierStatisticsRow Dossiers(Random random, int row, string unitCode)
    {
        var received = random.Next(600, 2600);
        var late = (int)(received * SampleEvidence.Between(random, 0.0, 0.06));
        var overdue = (int)(received * SampleEvidence.Between(random, 0.0, 0.02));
        var pending = (int)(received * SampleEvidence.Between(random, 0.01, 0.05));
        var online = (int)(received * SampleEvidence.Between(random, 0.35, 0.95));
        return new DossierStatisticsRow(row, unitCode, AssessmentPeriod.OfYear(2024),
            new DossierCounts(received, received - late - overdue - pending, late, overdue, pending, online));
    }

    /// <summary>The unit's sessions of 2024: date, chair, attendance, issues, and when each was resolved.</summary>
    public static IReadOnlyList<(HoldSession Session, IReadOnlyList<LocalDate?> Resolved)> Sessions(Random random, string unitCode)
    {
        var sessions = new List<(HoldSession, IReadOnlyList<LocalDate?>)>();
        var count = random.Next(4, 14);
        for (var i = 0; i < count; i++)
        {
            var span = 360 / count;
            var heldOn = new LocalDate(2024, 1, 1).PlusDays((i * span) + random.Next(0, span));
            var chair = random.NextDouble() < 0.75 ? $"{unitCode}-CT" : $"{unitCode}-CB1";
            var issues = Enumerable.Range(0, random.Next(0, 3))
                .Select(_ => new SessionIssue(Concerns[random.Next(Concerns.Length)], heldOn.PlusDays(random.Next(10, 45))))
                .ToList();
            var resolved = issues
                .Select(issue => random.NextDouble() < 0.85 ? issue.Deadline.PlusDays(random.Next(-8, 4)) : (LocalDate?)null)
                .Select(on => on is { } date && date > new LocalDate(2025, 1, 10) ? null : on)
                .ToList();
            sessions.Add((new HoldSession(Guid.NewGuid(), unitCode, heldOn, chair, random.Next(25, 120), issues), resolved));
        }

        return sessions;
    }

    /// <summary>Citizens' ratings of the unit's 2024 transactions, as the QR page and kiosks forward them.</summary>
    public static IReadOnlyList<RecordFeedback> Ratings(Random random, string unitCode) =>
        Ratings(random, unitCode, () => new LocalDate(2024, random.Next(1, 13), random.Next(1, 29)));

    /// <summary>Citizens' ratings of the unit's transactions on the <paramref name="days"/> days from <paramref name="from"/>.</summary>
    public static IReadOnlyList<RecordFeedback> Ratings(Random random, string unitCode, LocalDate from, int days) =>
        Ratings(random, unitCode, () => from.PlusDays(random.Next(0, days)));

    private static List<RecordFeedback> Ratings(Random random, string unitCode, Func<LocalDate> transactionDate)
    {
        var quality = SampleEvidence.Between(random, 0.55, 0.95);
        int Score() => random.NextDouble() < quality ? random.Next(4, 6) : random.Next(2, 4);
        return
        [
            .. Enumerable.Range(0, random.Next(8, 16)).Select(_ => new RecordFeedback(
                Guid.NewGuid(),
                unitCode,
                transactionDate(),
                (FeedbackChannel)random.Next(0, 4),
                Score(), Score(), Score(), Score(), Score(), Score(),
                random.NextDouble() < 0.3 ? Comments[random.Next(Comments.Length)] : null)),
        ];
    }

    /// <summary>The unit's postings of the two yearly items of the built-in disclosure catalogue.</summary>
    public static IReadOnlyList<(string ItemId, DisclosureChannel Channel, LocalDate From, LocalDate Until)> Disclosures(Random random) =>
    [
        ("A11.1-socio-economic-plan", DisclosureChannel.NoticeBoard, new LocalDate(2024, 1, 5).PlusDays(random.Next(0, 37)), new LocalDate(2024, 3, 1)),
        ("A11.3-land-fund-plan", DisclosureChannel.WebPortal, new LocalDate(2024, 3, random.Next(1, 31)), new LocalDate(2024, 3, 31).PlusDays(random.Next(10, 45))),
    ];
}
