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
    /// <exception cref="InvalidInputException">The bounds are not whole numbers with low &lt; high.</exception>
    public ScaleMethod(decimal low, decimal high)
    {
        ThrowIfAny(
            Figures.IsWhole(low) ? null : new Problem("low", $"{Figures.Format(low)} is not a whole number"),
            Figures.IsWhole(high) ? null : new Problem("high", $"{Figures.Format(high)} is not a whole number"),
            low < high ? null : new Problem("low", $"low {Figures.Format(low)} must be below high {Figures.Format(high)}"));
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
        $"thang đo {Figures.FormatVi(Low)}–{Figures.FormatVi(High)}",
        $"scale {Figures.Format(Low)}–{Figures.Format(High)}");

    /// <inheritdoc />
    public override MethodResult Score(IndicatorEvidence evidence, decimal maxPoints)
    {
        var (sum, n) = evidence.Responses is { } responses
            ? (responses.Sum(), (decimal)responses.Count)
            : (evidence.Average!.Value, 1m);
        var raw = Figures.MultiplyDivide(maxPoints, sum - (Low * n), (High - Low) * n);
        return new(raw, () =>
        {
            var average = sum / n;
            var basis = evidence.Responses is null
                ? (vi: $"trung bình {Figures.FormatVi(average)} của {Figures.FormatVi(evidence.Count!.Value)} phiếu", en: $"average {Figures.Format(average)} of {Figures.Format(evidence.Count!.Value)} responses")
                : (vi: $"trung bình {Figures.FormatApproximate(average).Replace('.', ',')} của {n} phiếu", en: $"average {Figures.FormatApproximate(average)} of {n} responses");
            return new(
            $"{basis.vi}: {Figures.FormatVi(maxPoints)} × ({Figures.FormatApproximate(average).Replace('.', ',')} − {Figures.FormatVi(Low)}) / ({Figures.FormatVi(High)} − {Figures.FormatVi(Low)}) = {Figures.FormatApproximate(raw).Replace('.', ',')}",
            $"{basis.en}: {Figures.Format(maxPoints)} × ({Figures.FormatApproximate(average)} − {Figures.Format(Low)}) / ({Figures.Format(High)} − {Figures.Format(Low)}) = {Figures.FormatApproximate(raw)}");
        });
    }

    private protected override void CheckOwnEvidence(IndicatorEvidence evidence, decimal maxPoints, List<Problem> problems)
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
                    : new Problem(path, $"{Figures.Format(responses[i])} is not a whole number");
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
        if (NotWhole(IndicatorEvidence.CountField, count, 1m) is { } notWhole) problems.Add(notWhole);
    }
}
