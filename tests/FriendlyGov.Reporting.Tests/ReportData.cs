using FriendlyGov.Domain;
using FriendlyGov.Domain.Criteria;
using FriendlyGov.Domain.Criteria.Caps;
using FriendlyGov.Domain.Criteria.Methods;
using FriendlyGov.Domain.Evidence;
using FriendlyGov.Domain.Periods;
using FriendlyGov.Domain.Scoring;
using FriendlyGov.Domain.Units;

namespace FriendlyGov.Reporting.Tests;

/// <summary>
/// A small framework and four units whose figures are worked out by hand, so that every report
/// test can state what it expects.
/// </summary>
/// <remarks>
/// <para>Framework <c>test-report@1</c>: G1 (max 20) = G1.1 { G1.1.1 check 8, G1.1.2 points 12 };
/// G2 (max 10) = G2.1 { G2.1.1 check 10 }; bonus B1 points 5. Ratings: excellent from 20, good
/// from 10, poor from 0. Cap C1: a group below half of its maximum caps the rating at poor.</para>
/// <para>Unit 25996 (<see cref="TrickyName"/>): G1.1.1 met = 8; G1.1.2 self-assessed 5, appraised
/// 4, so 4 counts; G2.1.1 missing = 0; B1 2.5. G1 = 8 + 4 = 12 of 20 (60%), G2 = 0 of 10 (0%),
/// total = 12 + 0 + 2.5 = 14.5: band good (≥ 10), but G2 is below half (0 &lt; 5), so C1 caps it
/// at poor.</para>
/// <para>Unit 26089 Xã Bình Lộc: 8 + 12 + 10 = 30, B1 missing: excellent. Units 26116 and 26131:
/// G1.1.1 not met (0), G1.1.2 10, G2.1.1 met (10) = 20: excellent, tied.</para>
/// <para>Ranking: 26089 (30) rank 1; 26116 and 26131 (20) rank 2, by code; 25996 (poor) rank 4.</para>
/// </remarks>
internal static class ReportData
{
    public const string TrickyName = "Phường <script>alert(1)</script> & Co";

    public static CriteriaFramework Framework { get; } = new(
        new FrameworkId("test-report", "1"),
        new LocalizedText("Bộ tiêu chí thử", "Test framework"),
        "Đồng Nai",
        [UnitKind.Commune, UnitKind.Ward, UnitKind.Township],
        PeriodKind.Year,
        [
            new RatingBand("excellent", new LocalizedText("Xuất sắc", "Excellent"), 20),
            new RatingBand("good", new LocalizedText("Tốt", "Good"), 10),
            new RatingBand("poor", new LocalizedText("Chưa đạt", "Unsatisfactory"), 0),
        ],
        [
            new CriterionGroup("G1", new LocalizedText("Công khai", "Openness"),
            [
                new Criterion("G1.1", new LocalizedText("Minh bạch", "Transparency"),
                [
                    new Indicator("G1.1.1", new LocalizedText("Niêm yết thủ tục", "Procedures posted"), 8, new CheckMethod()),
                    new Indicator("G1.1.2", new LocalizedText("Điểm do hội đồng chấm", "Points awarded by the council"), 12, new PointsMethod()),
                ]),
            ]),
            new CriterionGroup("G2", new LocalizedText("Thân thiện", "Friendliness"),
            [
                new Criterion("G2.1", new LocalizedText("Tiếp dân", "Receiving citizens"),
                [
                    new Indicator("G2.1.1", new LocalizedText("Có hòm thư góp ý", "A suggestion box"), 10, new CheckMethod()),
                ]),
            ]),
        ],
        [new Indicator("B1", new LocalizedText("Sáng kiến", "Initiatives"), 5, new PointsMethod())],
        [new Cap("C1", new LocalizedText("Nhóm dưới một nửa", "A group below half"), new GroupShareBelow(0.5m), "poor")]);

    public static Scorecard Capped(string name = TrickyName) => Score(new UnitEvidence(
        Unit("25996", name),
        Year,
        new Dictionary<string, IndicatorEvidence> { ["G1.1.1"] = Met(true), ["G1.1.2"] = Awarded(5), ["B1"] = Awarded(2.5m) },
        new Dictionary<string, IndicatorEvidence> { ["G1.1.2"] = Awarded(4) }));

    public static Scorecard Full() => SelfOnly("26089", "Xã Bình Lộc", ("G1.1.1", Met(true)), ("G1.1.2", Awarded(12)), ("G2.1.1", Met(true)));

    public static Scorecard Twenty(string code, string name) =>
        SelfOnly(code, name, ("G1.1.1", Met(false)), ("G1.1.2", Awarded(10)), ("G2.1.1", Met(true)));

    /// <summary>The four units, in no particular order.</summary>
    public static IReadOnlyList<Scorecard> Round() =>
        [Twenty("26131", "Xã Tà Lài"), Capped(), Full(), Twenty("26116", "Thị trấn Tân Phú")];

    public static RankingReport Ranking() => RankingReport.From(Domain.Scoring.Ranking.Of(Round()));

    public static AssessmentPeriod Year { get; } = AssessmentPeriod.OfYear(2024);

    public static Scorecard SelfOnly(string code, string name, params (string Id, IndicatorEvidence Evidence)[] evidence) =>
        Score(UnitEvidence.SelfAssessedOnly(Unit(code, name), Year, evidence.ToDictionary(e => e.Id, e => e.Evidence)));

    public static Scorecard Score(UnitEvidence evidence) => new ScoringEngine(Framework).Score(evidence);

    public static AssessedUnit Unit(string code, string name) => new(code, name, UnitKind.Ward, "Đồng Nai");

    public static IndicatorEvidence Met(bool met) => new() { Met = met };

    public static IndicatorEvidence Awarded(decimal points) => new() { Points = points, Note = "chấm theo biên bản" };

    public static string Html(ScorecardReport card) => Written(w => HtmlReport.Write(card, w));

    public static string Html(RankingReport ranking) => Written(w => HtmlReport.Write(ranking, w));

    public static string Written(Action<TextWriter> write)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        write(writer);
        return writer.ToString();
    }
}
