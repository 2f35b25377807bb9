using FriendlyGov.Domain.Criteria;
using FriendlyGov.Domain.Criteria.Caps;
using FriendlyGov.Domain.Criteria.Methods;
using FriendlyGov.Domain.Periods;
using FriendlyGov.Domain.Units;

namespace FriendlyGov.Domain.Tests;

/// <summary>
/// Small frameworks built in code, so that each test shows only the indicators, ratings and caps
/// it is about.
/// </summary>
internal static class TestFrameworks
{
    /// <summary>The name every test framework carries.</summary>
    public static FrameworkId Id { get; } = new("test-framework", "1");

    /// <summary>
    /// Ratings used unless a test says otherwise: excellent from 90, good from 70, fair from 50,
    /// poor from 0.
    /// </summary>
    public static IReadOnlyList<RatingBand> Ratings { get; } =
    [
        Rating("excellent", 90),
        Rating("good", 70),
        Rating("fair", 50),
        Rating("poor", 0),
    ];

    public static LocalizedText Title(string en) => new($"[vi] {en}", en);

    public static RatingBand Rating(string code, decimal minPoints) => new(code, Title(code), minPoints);

    public static Indicator Indicator(string id, decimal maxPoints, IndicatorMethod method) =>
        new(id, Title("indicator " + id), maxPoints, method);

    public static Indicator Check(string id, decimal maxPoints) => Indicator(id, maxPoints, new CheckMethod());

    public static Indicator Points(string id, decimal maxPoints) => Indicator(id, maxPoints, new PointsMethod());

    /// <summary>An indicator that imports an index on 0 to <paramref name="scaleMax"/>: max × value / scaleMax.</summary>
    public static Indicator Import(string id, decimal maxPoints, decimal scaleMax) =>
        Indicator(id, maxPoints, new ImportMethod(scaleMax));

    /// <summary>A ratio indicator with floor 0.5 and target 0.95.</summary>
    public static Indicator Ratio(string id, decimal maxPoints) => Indicator(id, maxPoints, new RatioMethod(0.5m, 0.95m));

    public static Criterion Criterion(string id, params Indicator[] indicators) => new(id, Title("criterion " + id), indicators);

    public static CriterionGroup Group(string id, params Criterion[] criteria) => new(id, Title("group " + id), criteria);

    public static Cap Cap(string id, CapCondition when, string maxRating) => new(id, Title("cap " + id), when, maxRating);

    public static CriteriaFramework Framework(
        IEnumerable<CriterionGroup> groups,
        IEnumerable<Indicator>? bonus = null,
        IEnumerable<Cap>? caps = null,
        IEnumerable<RatingBand>? ratings = null,
        int decimals = 2,
        IEnumerable<UnitKind>? appliesTo = null,
        PeriodKind period = PeriodKind.Year) =>
        new(
            Id,
            Title("Test framework"),
            "Đồng Nai",
            appliesTo ?? [UnitKind.Commune, UnitKind.Ward],
            period,
            ratings ?? Ratings,
            groups,
            bonus,
            caps,
            decimals);

    /// <summary>One group G1 with one criterion G1.1 that holds <paramref name="indicators"/>.</summary>
    public static CriteriaFramework Of(params Indicator[] indicators) => OfDecimals(2, indicators);

    /// <summary>Like <see cref="Of"/>, rounding indicator points to <paramref name="decimals"/>.</summary>
    public static CriteriaFramework OfDecimals(int decimals, params Indicator[] indicators) =>
        Framework([Group("G1", Criterion("G1.1", indicators))], decimals: decimals);

    /// <summary>
    /// Two groups of 50 points each, scored directly so that a test can dial any total:
    /// G1 (G1.1: P1 points, max 50) and G2 (G2.1: P2 points, max 50).
    /// </summary>
    public static CriteriaFramework TwoHalves(params Cap[] caps) =>
        Framework(
            [Group("G1", Criterion("G1.1", Points("P1", 50))), Group("G2", Criterion("G2.1", Points("P2", 50)))],
            caps: caps);

    /// <summary>
    /// A framework with five methods in two groups:
    /// G1 (G1.1: G1.1.1 check 10, G1.1.2 ratio 5; G1.2: G1.2.1 deduction of 1 per count, max 5) and
    /// G2 (G2.1: G2.1.1 import on 100, max 20; G2.1.2 checklist x 2 + y 3).
    /// </summary>
    public static CriteriaFramework Mixed() =>
        Framework(
        [
            Group(
                "G1",
                Criterion("G1.1", Check("G1.1.1", 10m), Ratio("G1.1.2", 5m)),
                Criterion("G1.2", Indicator("G1.2.1", 5m, new DeductionMethod(1m)))),
            Group(
                "G2",
                Criterion(
                    "G2.1",
                    Import("G2.1.1", 20m, 100m),
                    Indicator("G2.1.2", 5m, new ChecklistMethod([new("x", 2m), new("y", 3m)])))),
        ]);
}
