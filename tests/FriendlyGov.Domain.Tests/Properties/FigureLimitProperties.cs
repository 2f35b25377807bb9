using CsCheck;
using FriendlyGov.Domain.Conduct;
using FriendlyGov.Domain.Criteria;
using FriendlyGov.Domain.Criteria.Methods;
using FriendlyGov.Domain.Evidence;
using FriendlyGov.Domain.Periods;
using FriendlyGov.Domain.Scoring;
using FriendlyGov.Domain.Units;
using NodaTime;

namespace FriendlyGov.Domain.Tests.Properties;

/// <summary>
/// <see cref="FigureLimits"/> promises that no valid framework scored on valid evidence leaves
/// decimal's range or divides by zero. These properties build frameworks and evidence whose every
/// figure sits at or next to those bounds (the largest points, weights and values, the smallest
/// divisors, the most decimals) and score them.
/// </summary>
public sealed class FigureLimitProperties
{
    private const decimal P = FigureLimits.MaxPoints;
    private const decimal V = FigureLimits.MaxValue;

    /// <summary>The smallest figure above 0 with <see cref="FigureLimits.MaxDecimals"/> decimals: 10⁻¹².</summary>
    private const decimal Tiny = 0.000000000001m;

    private static readonly LocalizedText Title = new("[vi] limit", "limit");

    /// <summary>A figure near a bound: the bound itself, one step inside, or a small one.</summary>
    private static Gen<decimal> Near(decimal bound, decimal smallest) =>
        Gen.OneOf(Gen.Const(bound), Gen.Const(bound - smallest), Gen.Const(smallest), Gen.Const(bound / 2));

    /// <summary>Methods whose parameters sit at the bounds, each with evidence at the bounds too.</summary>
    private static Gen<(IndicatorMethod Method, Gen<IndicatorEvidence> Evidence)> MethodAtBounds(decimal max) => Gen.OneOf(
        from floor in Gen.OneOf(Gen.Const(0m), Gen.Const(1m - (2 * Tiny)), Gen.Const(0.5m))
        from gap in Gen.OneOf(Gen.Const(Tiny), Gen.Const(1m - floor))
        select ((IndicatorMethod)new RatioMethod(floor, Math.Min(1m, floor + gap)), Gen.OneOf(
            from denominator in Near(V, Tiny)
            from share in Gen.OneOf(Gen.Const(0m), Gen.Const(1m), Gen.Const(floor), Gen.Const(Math.Min(1m, floor + Tiny)))
            select new IndicatorEvidence { Numerator = Math.Round(denominator * share, FigureLimits.MaxDecimals, MidpointRounding.ToZero), Denominator = denominator },
            Gen.OneOf(Gen.Const(0m), Gen.Const(Tiny), Gen.Const(1m)).Select(v => new IndicatorEvidence { Value = v }))),
        from low in Gen.OneOf(Gen.Const(-V), Gen.Const(0m), Gen.Const(V - 1))
        select ((IndicatorMethod)new ScaleMethod(low, V), Gen.OneOf(
            Gen.OneOf(Gen.Const(low), Gen.Const(V)).Array[1, 40].Select(r => new IndicatorEvidence { Responses = r }),
            from average in Gen.OneOf(Gen.Const(low), Gen.Const(V))
            from count in Near(V, 1m)
            select new IndicatorEvidence { Average = average, Count = count })),
        from perCount in Near(P, 0.000001m)
        select ((IndicatorMethod)new DeductionMethod(perCount), Near(V, 1m).Select(c => new IndicatorEvidence { Count = c })),
        from scaleMax in Gen.OneOf(Gen.Const(V), Gen.Const(0.0000000000000000000000000001m), Gen.Const(Tiny))
        select ((IndicatorMethod)new ImportMethod(scaleMax), Gen.OneOf(Gen.Const(0m), Gen.Const(scaleMax)).Select(v => new IndicatorEvidence { Value = v })),
        Gen.Const(((IndicatorMethod)new BandsMethod([new ScoreBand(-V, 0m), new ScoreBand(V, max)]),
            Gen.OneOf(Gen.Const(-V), Gen.Const(V)).Select(v => new IndicatorEvidence { Value = v }))),
        Gen.Const(((IndicatorMethod)new ChecklistMethod([new ChecklistItem("all", max)]),
            Gen.Const(new IndicatorEvidence { Items = ["all"] }))),
        Gen.Const(((IndicatorMethod)new PointsMethod(), Gen.Const(new IndicatorEvidence { Points = max, Note = "at the limit" }))),
        from perBreach in Near(P, 0.000001m)
        select ((IndicatorMethod)new ConductMethod(["*"], perBreach), Gen.Const(new IndicatorEvidence())));

    /// <summary>A code whose every severity weighs <see cref="FigureLimits.MaxPoints"/>.</summary>
    private static readonly ConductCode HeavyCode = new(
        "heavy-code",
        "1",
        Title,
        [new ConductRuleGroup("5K", Title, [new ConductRule("5K.3", Title, Severity.Grave), new ConductRule("5K.1", Title, Severity.Minor)])],
        new Dictionary<Severity, decimal> { [Severity.Minor] = P, [Severity.Serious] = P, [Severity.Grave] = P });

    private static Gen<(CriteriaFramework Framework, UnitEvidence Evidence)> AtBounds { get; } =
        from decimals in Gen.OneOf(Gen.Const(0), Gen.Const(6))
        from max in Gen.OneOf(Gen.Const(P), Gen.Const(decimals == 6 ? 0.000001m : 1m))
        from parts in MethodAtBounds(max).Array[1, 9]
        from evidence in ValidFrameworks.Sequence(parts.Select(p => p.Method is EvidenceMethod ? p.Evidence.Select(e => (IndicatorEvidence?)e) : Gen.Const((IndicatorEvidence?)null)))
        from breaches in Gen.Int[0, 200]
        select Build(decimals, max, parts.Select(p => p.Method).ToArray(), evidence, breaches);

    private static (CriteriaFramework, UnitEvidence) Build(int decimals, decimal max, IndicatorMethod[] methods, IndicatorEvidence?[] evidence, int breaches)
    {
        var indicators = methods.Select((m, i) => new Indicator($"G1.1.{i + 1}", Title, max, m)).ToArray();
        var framework = new CriteriaFramework(
            new FrameworkId("limits", "1"),
            Title,
            "Đồng Nai",
            [UnitKind.Ward],
            PeriodKind.Year,
            [new RatingBand("top", Title, P), new RatingBand("bottom", Title, 0m)],
            [new CriterionGroup("G1", Title, [new Criterion("G1.1", Title, indicators)])],
            decimals: decimals,
            conductCode: HeavyCode);
        var entries = indicators.Zip(evidence).Where(e => e.Second is not null).ToDictionary(e => e.First.Id, e => e.Second!, StringComparer.Ordinal);
        var unit = new UnitEvidence(new AssessedUnit("25996", "Phường Tân Phong", UnitKind.Ward, "Đồng Nai"), AssessmentPeriod.OfYear(2024), entries, entries)
        {
            Conduct = [.. Enumerable.Range(0, breaches).Select(i => new ConductBreach("5K.3", $"CB-{i:000}", OfficialRole.Head, ObservationStatus.Confirmed, new LocalDate(2024, 5, 2)))],
        };
        return (framework, unit);
    }

    [Fact]
    public void Frameworks_and_evidence_at_the_figure_limits_score_within_each_indicators_maximum()
    {
        AtBounds.Sample((framework, evidence) =>
        {
            var card = new ScoringEngine(framework).Score(evidence);

            // Whatever the figures, each indicator earns between 0 and its maximum, and the total
            // is the sum of them: at most 9 indicators × 1,000,000.
            foreach (var score in card.Indicators)
                score.Points.Should().BeInRange(0m, score.Indicator.MaxPoints, "indicator {0} ({1})", score.Indicator.Id, score.Indicator.Method.Kind);
            card.Total.Should().Be(card.Indicators.Sum(i => i.Points));
        }, iter: PropertyRuns.Methods);
    }
}
