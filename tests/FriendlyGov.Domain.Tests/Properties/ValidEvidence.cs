using CsCheck;
using FriendlyGov.Domain.Conduct;
using FriendlyGov.Domain.Criteria;
using FriendlyGov.Domain.Criteria.Methods;
using FriendlyGov.Domain.Evidence;
using FriendlyGov.Domain.Periods;
using FriendlyGov.Domain.Units;
using NodaTime;

namespace FriendlyGov.Domain.Tests.Properties;

/// <summary>
/// Generators of evidence that fits a framework: any indicator may be missing or appraised, and
/// figures range over everything valid, including values past the point where more stops
/// counting (a count of a million deductions, a ratio above target, a value above every band).
/// </summary>
internal static class ValidEvidence
{
    /// <summary>The year every generated evidence is for.</summary>
    public static AssessmentPeriod Period { get; } = AssessmentPeriod.OfYear(2024);

    /// <summary>A value in [low, high] in hundredths.</summary>
    private static Gen<decimal> Hundredths(decimal low, decimal high) =>
        Gen.Int[(int)(low * 100), (int)(high * 100)].Select(n => n / 100m);

    /// <summary>Evidence that <paramref name="method"/> accepts for an indicator worth <paramref name="max"/>.</summary>
    public static Gen<IndicatorEvidence> For(EvidenceMethod method, decimal max) => method switch
    {
        CheckMethod => Gen.Bool.Select(met => new IndicatorEvidence { Met = met }),
        ChecklistMethod c => Gen.Bool.Array[c.Items.Count].Select(mask =>
            new IndicatorEvidence { Items = [.. c.Items.Where((_, i) => mask[i]).Select(i => i.Id)] }),
        RatioMethod => Gen.OneOf(
            Gen.Int[0, 10_000].Select(n => new IndicatorEvidence { Value = n / 10_000m }),
            from denominator in Gen.Int[1, 5_000]
            from numerator in Gen.Int[0, denominator]
            select new IndicatorEvidence { Numerator = numerator, Denominator = denominator }),
        BandsMethod b => Hundredths(b.Bands[0].Min - 10, b.Bands[^1].Min + 10).Select(v => new IndicatorEvidence { Value = v }),
        DeductionMethod => Gen.OneOf(Gen.Int[0, 30], Gen.Int[0, 1_000_000]).Select(n => new IndicatorEvidence { Count = n }),
        ScaleMethod s => Gen.OneOf(
            Gen.Int[(int)s.Low, (int)s.High].Select(r => (decimal)r).Array[1, 30].Select(r => new IndicatorEvidence { Responses = r }),
            from average in Hundredths(s.Low, s.High)
            from count in Gen.Int[1, 10_000]
            select new IndicatorEvidence { Average = average, Count = count }),
        ImportMethod i => Hundredths(0, i.ScaleMax).Select(v => new IndicatorEvidence { Value = v }),
        PointsMethod => Gen.Int[0, (int)(max * 1000)].Select(n => new IndicatorEvidence { Points = n / 1000m, Note = "awarded by the council" }),
        _ => throw new ArgumentOutOfRangeException(nameof(method), method.Kind, "no generator for this method"),
    };

    /// <summary>The evidence of one indicator: missing, or self-assessed, appraised or both.</summary>
    private static Gen<(string Id, IndicatorEvidence? Self, IndicatorEvidence? Appraised)> Entry(Indicator indicator) =>
        indicator.Method is EvidenceMethod method
            ? from self in For(method, indicator.MaxPoints)
              from appraised in For(method, indicator.MaxPoints)
              from which in Gen.Int[0, 3]
              select (indicator.Id, which is 1 or 3 ? self : null, which >= 2 ? appraised : null)
            : Gen.Const((indicator.Id, (IndicatorEvidence?)null, (IndicatorEvidence?)null));

    /// <summary>A conduct observation in 2024 of one of the test code's rules.</summary>
    private static Gen<ConductBreach> Breach =>
        from rule in Gen.OneOf(ValidFrameworks.RuleIds)
        from official in Gen.Int[1, 5]
        from role in Gen.Enum<OfficialRole>()
        from status in Gen.Enum<ObservationStatus>()
        from day in Gen.Int[0, 365]
        select new ConductBreach(rule, $"CB-{official:000}", role, status, new LocalDate(2024, 1, 1).PlusDays(day));

    /// <summary>Evidence for a unit of a kind <paramref name="framework"/> applies to, in 2024.</summary>
    public static Gen<UnitEvidence> For(CriteriaFramework framework) =>
        from entries in Gen.OneOf(framework.AppliesTo.ToArray()).SelectMany(kind =>
            ValidFrameworks.Sequence(framework.Indicators.Concat(framework.Bonus).Select(Entry)).Select(e => (kind, e)))
        from conduct in Breach.Array[0, 6]
        select new UnitEvidence(
            new AssessedUnit("25996", "Phường Tân Phong", entries.kind, "Đồng Nai"),
            Period,
            entries.e.Where(e => e.Item2 is not null).ToDictionary(e => e.Item1, e => e.Item2!, StringComparer.Ordinal),
            entries.e.Where(e => e.Item3 is not null).ToDictionary(e => e.Item1, e => e.Item3!, StringComparer.Ordinal))
        { Conduct = conduct };

    /// <summary>A valid framework and evidence that fits it.</summary>
    public static Gen<(CriteriaFramework Framework, UnitEvidence Evidence)> WithFramework { get; } =
        ValidFrameworks.Framework.SelectMany(f => For(f).Select(e => (f, e)));
}
