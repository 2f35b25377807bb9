using FriendlyGov.Domain.Evidence;

namespace FriendlyGov.Domain.Criteria.Methods;

/// <summary>
/// <c>scale</c>: a satisfaction survey on a Likert scale from <see cref="Low"/> to
/// <see cref="High"/>. The average response earns max × (average − low) / (high − low).
/// </summary>
/// <remarks>
/// Evidence gives the individual <c>responses</c>, or their <c>average</c> and <c>count</c>. From
/// responses the points are computed with a single division, max × (sum − low × n) / ((high −
/// low) × n), so an average such as 13/3 loses no precision before rounding.
/// </remarks>
public sealed class ScaleMethod : EvidenceMethod
{
    /// <summary>The kind as written in files.</summary>
    public const string KindCode = "scale";

    /// <summary>Creates a scale method.</summary>
    /// <param name="low">The lowest response, such as 1.</param>
    /// <param name="high">The highest response, such as 5; greater than <paramref name="low"/>.</param>
    /// <exception cref="InvalidInputException">The bounds are not whole numbers with low &lt; high,
    /// both within ±<see cref="FigureLimits.MaxValue"/>.</exception>
    public ScaleMethod(decimal low, decimal high)
    {
        ThrowIfAny(
            Figures.IsWhole(low) ? null : new Problem("low", $"{Figures.Text(low)} is not a whole number"),
            Figures.IsWhole(high) ? null : new Problem("high", $"{Figures.Text(high)} is not a whole number"),
            low < high ? null : new Problem("low", $"low {Figures.Text(low)} must be below high {Figures.Text(high)}"),
            FigureLimits.CheckValue("low", low),
            FigureLimits.CheckValue("high", high));
        Low = low;
        High = high;
    }

    /// <summary>The lowest response on the scale.</summary>
    public decimal Low { get; }

    /// <summary>The highest response on the scale.</summary>
    public decimal High { get; }

    /// <inheritdoc />
    public override string Kind => KindCode;

    /// <inheritdoc />
    public override IReadOnlyList<string> EvidenceFields { get; } =
        [IndicatorEvidence.ResponsesField, IndicatorEvidence.AverageField, IndicatorEvidence.CountField];

    /// <inheritdoc />
    public override LocalizedText Describe() => new(
        $"thang đo {Figures.TextVi(Low)}–{Figures.TextVi(High)}",
        $"scale {Figures.Text(Low)}–{Figures.Text(High)}");

    /// <inheritdoc />
    public override MethodResult Score(IndicatorEvidence evidence, decimal maxPoints)
    {
        var (sum, n) = Totals(evidence);
        var raw = Figures.MultiplyDivide(maxPoints, sum - (Low * n), (High - Low) * n);
        return new(raw, maxPoints, this, evidence, static (w, r) =>
        {
            var method = (ScaleMethod)r.Method!;
            var evidence = (IndicatorEvidence)r.Given!;
            var (sum, n) = Totals(evidence);
            var average = sum / n;
            w.Words("trung bình ", "average ");
            // Given as an average, it is written in full; computed from the responses, to six decimals at most.
            if (evidence.Responses is null) w.Figure(average).Words(" của ", " of ").Figure(evidence.Count!.Value);
            else w.Approximate(average).Words(" của ", " of ").Figure(n);
            w.Words(" phiếu: ", " responses: ").Figure(r.MaxPoints).Same(" × (").Approximate(average).Same(" − ").Figure(method.Low).Same(") / (").Figure(method.High).Same(" − ").Figure(method.Low)
                .Same(") = ").Approximate(r.RawPoints);
        });
    }

    /// <summary>The sum of the responses and their number, or the average given over 1.</summary>
    private static (decimal Sum, decimal Count) Totals(IndicatorEvidence evidence)
    {
        if (evidence.Responses is not { } responses) return (evidence.Average!.Value, 1m);
        var sum = 0m;
        for (var i = 0; i < responses.Count; i++) sum += responses[i];
        return (sum, responses.Count);
    }

    /// <inheritdoc />
    protected override void CheckOwnEvidence(IndicatorEvidence evidence, decimal maxPoints, List<Problem> problems)
    {
        if (evidence.Responses is { } responses)
        {
            if (evidence.Average is not null || evidence.Count is not null)
                problems.Add(new Problem(string.Empty, "give either 'responses' or 'average' and 'count', not both"));
            if (responses.Count == 0)
                problems.Add(new Problem(IndicatorEvidence.ResponsesField, "at least one response is required"));
            for (var i = 0; i < responses.Count; i++)
            {
                var path = IndicatorEvidence.ResponsesField + JsonPath.Index(i);
                var problem = Figures.IsWhole(responses[i])
                    ? Outside(path, responses[i], Low, High)
                    : new Problem(path, $"{Figures.Text(responses[i])} is not a whole number");
                if (problem is not null) problems.Add(problem);
            }

            return;
        }

        if (evidence.Average is not { } average || evidence.Count is not { } count)
        {
            problems.Add(new Problem(string.Empty, $"'responses', or 'average' and 'count', are required by method '{Kind}'"));
            return;
        }

        if (Outside(IndicatorEvidence.AverageField, average, Low, High) is { } outside) problems.Add(outside);
        if ((NotWhole(IndicatorEvidence.CountField, count, 1m) ?? FigureLimits.CheckValue(IndicatorEvidence.CountField, count)) is { } notWhole) problems.Add(notWhole);
    }
}
