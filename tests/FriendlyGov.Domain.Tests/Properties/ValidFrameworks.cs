using CsCheck;
using FriendlyGov.Domain.Conduct;
using FriendlyGov.Domain.Criteria;
using FriendlyGov.Domain.Criteria.Caps;
using FriendlyGov.Domain.Criteria.Methods;
using FriendlyGov.Domain.Periods;
using FriendlyGov.Domain.Tests.Conduct;
using FriendlyGov.Domain.Units;

namespace FriendlyGov.Domain.Tests.Properties;

/// <summary>
/// Generators of random frameworks that are valid by construction: one to three groups of one to
/// three criteria of one to three indicators, with every method kind, bonus indicators, ratings
/// and caps of every kind. Scoring (decimals 0 to 6) and conduct (the test code) vary too.
/// </summary>
/// <remarks>Shared with FriendlyGov.Frameworks.Tests, which writes and reads these frameworks back.</remarks>
internal static class ValidFrameworks
{
    /// <summary>The code of conduct every generated framework names: SMILE, 4X.1, 4X.2 minor, 5K.1 serious, 5K.3 grave.</summary>
    public static ConductCode Code { get; } = ConductFixtures.Code();

    /// <summary>The rule ids of <see cref="Code"/>.</summary>
    public static readonly string[] RuleIds = ["SMILE", "4X.1", "4X.2", "5K.1", "5K.3"];

    private static readonly string[] RulePatterns = ["SMILE", "4X.*", "4X.1", "5K.*", "5K.3", "*"];

    /// <summary>The period every generated framework scores: a year.</summary>
    public const PeriodKind Period = PeriodKind.Year;

    private static LocalizedText Title(string en) => new($"[vi] {en}", en);

    /// <summary>The smallest step of points at <paramref name="decimals"/>: 1, 0.5 from one decimal on.</summary>
    private static decimal Step(int decimals) => decimals == 0 ? 1m : 0.5m;

    /// <summary>An indicator's maximum, from one step to 20, with no more decimals than the framework's.</summary>
    private static Gen<decimal> MaxPoints(int decimals) => Gen.Int[1, 40].Select(n => Math.Min(20m, n * Step(decimals)));

    /// <summary>A rule pattern list for conduct methods and caps.</summary>
    private static Gen<string[]> Rules => Gen.OneOf(RulePatterns).Array[1, 3].Select(r => r.Distinct().ToArray());

    private static Gen<OfficialRole?> Role => Gen.OneOf(Gen.Const((OfficialRole?)null), Gen.Enum<OfficialRole>().Select(r => (OfficialRole?)r));

    /// <summary>A method that fits an indicator worth <paramref name="max"/> at <paramref name="decimals"/>.</summary>
    public static Gen<IndicatorMethod> Method(decimal max, int decimals)
    {
        var step = Step(decimals);
        var steps = (int)(max / step);
        return Gen.OneOf<IndicatorMethod>(
            Gen.Const<IndicatorMethod>(() => new CheckMethod()),
            Gen.Const<IndicatorMethod>(() => new PointsMethod()),
            Checklist(max, step, steps),
            from floor in Gen.Int[0, 99]
            from target in Gen.Int[floor + 1, 100]
            select (IndicatorMethod)new RatioMethod(floor / 100m, target / 100m),
            from mins in Gen.Int[-5, 60].Array[1, 4]
            from points in Gen.Int[0, steps].Array[4]
            select (IndicatorMethod)new BandsMethod(mins.Distinct().Order().Select((m, i) => new ScoreBand(m, points[i] * step))),
            Gen.Int[1, 20].Select(n => (IndicatorMethod)new DeductionMethod(n / 4m)),
            from low in Gen.Int[-2, 1]
            from width in Gen.Int[1, 9]
            select (IndicatorMethod)new ScaleMethod(low, low + width),
            Gen.Int[1, 1000].Select(s => (IndicatorMethod)new ImportMethod(s)),
            from rules in Rules
            from perBreach in Gen.Int[1, 10]
            from role in Role
            select (IndicatorMethod)new ConductMethod(rules, perBreach / 2m, role));
    }

    /// <summary>A checklist of one to four items whose points, each a whole number of steps, sum to <paramref name="max"/>.</summary>
    private static Gen<IndicatorMethod> Checklist(decimal max, decimal step, int steps) =>
        Gen.Int[1, steps].Array[0, 3].Select(cuts =>
        {
            var bounds = cuts.Append(0).Append(steps).Distinct().Order().ToArray();
            return (IndicatorMethod)new ChecklistMethod(bounds.Zip(bounds.Skip(1), (a, b) => (b - a) * step)
                .Select((points, i) => new ChecklistItem($"item-{i + 1}", points)));
        });

    /// <summary>An indicator with the given id.</summary>
    private static Gen<Indicator> Indicator(string id, int decimals) =>
        from max in MaxPoints(decimals)
        from method in Method(max, decimals)
        select new Indicator(id, Title("indicator " + id), max, method);

    private static Gen<Indicator[]> Indicators(string prefix, int decimals, int count) =>
        Sequence(Enumerable.Range(1, count).Select(i => Indicator($"{prefix}{i}", decimals)));

    private static Gen<CriterionGroup> Group(int g, int decimals) =>
        from sizes in Gen.Int[1, 3].Array[1, 3]
        from criteria in Sequence(sizes.Select((size, c) =>
            Indicators($"G{g}.{c + 1}.", decimals, size).Select(ind => new Criterion($"G{g}.{c + 1}", Title($"criterion G{g}.{c + 1}"), ind))))
        select new CriterionGroup($"G{g}", Title($"group G{g}"), criteria);

    /// <summary>One value from each generator, in order.</summary>
    public static Gen<T[]> Sequence<T>(IEnumerable<Gen<T>> gens) =>
        gens.Aggregate(Gen.Const(Array.Empty<T>()), (all, next) => from a in all from n in next select (T[])[.. a, n]);

    /// <summary>Ratings highest first, the last from 0, with thresholds up to 10 points past the groups' maximum (out of reach without bonus).</summary>
    private static Gen<RatingBand[]> Ratings(decimal reach) =>
        Gen.Int[1, (int)reach + 10].Array[0, 3].Select(mins =>
            mins.Distinct().OrderDescending().Append(0).Select((m, i) => new RatingBand($"r{i}", Title($"rating {i}"), m)).ToArray());

    private static Gen<CapCondition> Condition(IReadOnlyList<Indicator> indicators) => Gen.OneOf<CapCondition>(
        Gen.Int[1, 99].Select(s => (CapCondition)new GroupShareBelow(s / 100m)),
        from i in Gen.Int[0, indicators.Count - 1]
        from quarters in Gen.Int[0, (int)(indicators[i].MaxPoints * 4)]
        select (CapCondition)new IndicatorBelow(indicators[i].Id, quarters / 4m),
        from rules in Rules
        from min in Gen.Int[1, 3]
        from role in Role
        select (CapCondition)new ConductCondition(rules, min, role));

    /// <summary>A valid framework.</summary>
    public static Gen<CriteriaFramework> Framework { get; } =
        from decimals in Gen.Int[0, 6]
        from groupCount in Gen.Int[1, 3]
        from groups in Sequence(Enumerable.Range(1, groupCount).Select(g => Group(g, decimals)))
        from bonusCount in Gen.Int[0, 2]
        from bonus in Indicators("B", decimals, bonusCount)
        from ratings in Ratings(groups.Sum(g => g.MaxPoints))
        from caps in Sequence(Enumerable.Range(1, 3).Select(c =>
            from when in Condition([.. groups.SelectMany(g => g.Indicators), .. bonus])
            from rating in Gen.OneOf(ratings)
            select new Cap($"C{c}", Title($"cap C{c}"), when, rating.Code)))
        from capCount in Gen.Int[0, 3]
        select new CriteriaFramework(
            new FrameworkId("generated", "1"),
            Title("a generated framework"),
            "Đồng Nai",
            [UnitKind.Commune, UnitKind.Ward, UnitKind.Township],
            Period,
            ratings,
            groups,
            bonus,
            caps.Take(capCount),
            decimals,
            conductCode: Code);
}
