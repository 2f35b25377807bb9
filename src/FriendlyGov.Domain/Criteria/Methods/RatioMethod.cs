using FriendlyGov.Domain.Evidence;

namespace FriendlyGov.Domain.Criteria.Methods;

/// <summary>
/// <c>ratio</c>: a share in [0, 1], such as dossiers resolved on time. Below <see cref="Floor"/> it
/// earns 0; at or above <see cref="Target"/> the maximum; linearly in between:
/// max × (value − floor) / (target − floor).
/// </summary>
/// <remarks>
/// Evidence gives <c>value</c>, or <c>numerator</c> and <c>denominator</c>; the latter is
/// computed with a single division, max × (numerator − floor × denominator) / ((target − floor) ×
/// denominator), so no precision is lost to an intermediate quotient.
/// </remarks>
public sealed class RatioMethod : EvidenceMethod
{
    /// <summary>The kind as written in files.</summary>
    public const string KindCode = "ratio";

    /// <summary>Creates a ratio method.</summary>
    /// <param name="floor">The share below which the indicator earns nothing; 0 ≤ floor &lt; target.</param>
    /// <param name="target">The share at which the indicator earns its maximum; floor &lt; target ≤ 1.</param>
    /// <exception cref="InvalidInputException">The bounds break 0 ≤ floor &lt; target ≤ 1, or have
    /// more than <see cref="FigureLimits.MaxDecimals"/> decimals.</exception>
    public RatioMethod(decimal floor, decimal target)
    {
        ThrowIfAny(
            Outside("floor", floor, 0m, 1m) ?? FigureLimits.CheckPrecise("floor", floor),
            Outside("target", target, 0m, 1m) ?? FigureLimits.CheckPrecise("target", target),
            floor >= target && floor is >= 0m and <= 1m && target is >= 0m and <= 1m
                ? new Problem("floor", $"floor {Figures.Text(floor)} must be below target {Figures.Text(target)}")
                : null);
        Floor = floor;
        Target = target;
    }

    /// <summary>The share below which the indicator earns nothing.</summary>
    public decimal Floor { get; }

    /// <summary>The share at which the indicator earns its maximum.</summary>
    public decimal Target { get; }

    /// <inheritdoc />
    public override string Kind => KindCode;

    /// <inheritdoc />
    public override IReadOnlyList<string> EvidenceFields { get; } =
        [IndicatorEvidence.ValueField, IndicatorEvidence.NumeratorField, IndicatorEvidence.DenominatorField];

    /// <inheritdoc />
    public override LocalizedText Describe() => new(
        $"tỷ lệ, ngưỡng sàn {Figures.TextVi(Floor)}, mục tiêu {Figures.TextVi(Target)}",
        $"ratio, floor {Figures.Text(Floor)}, target {Figures.Text(Target)}");

    /// <inheritdoc />
    public override MethodResult Score(IndicatorEvidence evidence, decimal maxPoints)
    {
        var (numerator, denominator) = Shares(evidence);
        if (numerator < Floor * denominator)
            return new(0m, maxPoints, this, evidence, static (w, r) => Given(w, r).Words(" dưới ngưỡng sàn ", " below floor ").Figure(((RatioMethod)r.Method!).Floor).Same(": 0"));

        if (numerator >= Target * denominator)
            return new(maxPoints, maxPoints, this, evidence, static (w, r) => Given(w, r).Words(" đạt mục tiêu ", " at or above target ").Figure(((RatioMethod)r.Method!).Target).Same(": ").Figure(r.MaxPoints));

        var raw = Figures.MultiplyDivide(maxPoints, numerator - (Floor * denominator), (Target - Floor) * denominator);
        return new(raw, maxPoints, this, evidence, static (w, r) =>
        {
            var method = (RatioMethod)r.Method!;
            var (numerator, denominator) = Shares((IndicatorEvidence)r.Given!);
            Given(w, r).Same(": ").Figure(r.MaxPoints).Same(" × (").Approximate(numerator / denominator).Same(" − ").Figure(method.Floor)
                .Same(") / (").Figure(method.Target).Same(" − ").Figure(method.Floor).Same(") = ").Approximate(r.RawPoints);
        });
    }

    /// <summary>The share as numerator and denominator: a <c>value</c> is that over 1.</summary>
    private static (decimal Numerator, decimal Denominator) Shares(IndicatorEvidence evidence) =>
        evidence.Value is { } value ? (value, 1m) : (evidence.Numerator!.Value, evidence.Denominator!.Value);

    /// <summary>Writes the share given: "ratio 0.93", or "ratio 93/100 = 0.93".</summary>
    private static ExplanationWriter Given(ExplanationWriter w, MethodResult result)
    {
        var evidence = (IndicatorEvidence)result.Given!;
        var (numerator, denominator) = Shares(evidence);
        return evidence.Value is not null
            ? w.Words("tỷ lệ ", "ratio ").Figure(numerator / denominator)
            : w.Words("tỷ lệ ", "ratio ").Figure(numerator).Same("/").Figure(denominator).Same(" = ").Approximate(numerator / denominator);
    }

    /// <inheritdoc />
    protected override void CheckOwnEvidence(IndicatorEvidence evidence, decimal maxPoints, List<Problem> problems)
    {
        if (evidence.Value is { } value)
        {
            if (evidence.Numerator is not null || evidence.Denominator is not null)
                problems.Add(new Problem(string.Empty, "give either 'value' or 'numerator' and 'denominator', not both"));
            else if (Outside(IndicatorEvidence.ValueField, value, 0m, 1m) is { } outside)
                problems.Add(outside);
            return;
        }

        if (evidence.Numerator is null || evidence.Denominator is null)
        {
            problems.Add(new Problem(string.Empty, $"'value', or 'numerator' and 'denominator', are required by method '{Kind}'"));
            return;
        }

        var numerator = evidence.Numerator.Value;
        var denominator = evidence.Denominator.Value;
        if (FigureLimits.CheckPrecise(IndicatorEvidence.NumeratorField, numerator) is { } badNumerator) problems.Add(badNumerator);
        if (FigureLimits.CheckPrecise(IndicatorEvidence.DenominatorField, denominator) is { } badDenominator) problems.Add(badDenominator);
        if (numerator < 0)
            problems.Add(new Problem(IndicatorEvidence.NumeratorField, $"{Figures.Text(numerator)} is not ≥ 0"));
        if (denominator <= 0)
            problems.Add(new Problem(IndicatorEvidence.DenominatorField, $"{Figures.Text(denominator)} is not > 0"));
        else if (numerator > denominator)
            problems.Add(new Problem(string.Empty, $"the numerator {Figures.Text(numerator)} is greater than the denominator {Figures.Text(denominator)}: a ratio cannot exceed 1"));
    }
}
