using FriendlyGov.Domain.Evidence;

namespace FriendlyGov.Domain.Criteria.Methods;

/// <summary>
/// <c>import</c>: an external index on a scale from 0 to <see cref="ScaleMax"/>, such as the
/// administrative-reform (PAR) index on 100, scaled to the indicator's maximum:
/// max × value / scaleMax.
/// </summary>
public sealed class ImportMethod : EvidenceMethod
{
    /// <summary>The kind as written in files.</summary>
    public const string KindCode = "import";

    /// <summary>Creates an import method.</summary>
    /// <param name="scaleMax">The top of the external index's scale; greater than 0 and at most <see cref="FigureLimits.MaxValue"/>.</param>
    /// <exception cref="InvalidInputException"><paramref name="scaleMax"/> is outside those bounds.</exception>
    public ImportMethod(decimal scaleMax)
    {
        ThrowIfAny(scaleMax <= 0 ? new Problem("scaleMax", $"{Figures.Text(scaleMax)} is not > 0") : FigureLimits.CheckValue("scaleMax", scaleMax));
        ScaleMax = scaleMax;
    }

    /// <summary>The top of the external index's scale.</summary>
    public decimal ScaleMax { get; }

    /// <inheritdoc />
    public override string Kind => KindCode;

    /// <inheritdoc />
    public override IReadOnlyList<string> EvidenceFields { get; } = [IndicatorEvidence.ValueField];

    /// <inheritdoc />
    public override LocalizedText Describe() => new(
        $"chỉ số nhập trên thang {Figures.TextVi(ScaleMax)}",
        $"imported index on a scale of {Figures.Text(ScaleMax)}");

    /// <inheritdoc />
    public override MethodResult Score(IndicatorEvidence evidence, decimal maxPoints)
    {
        var value = evidence.Value!.Value;
        var raw = Figures.MultiplyDivide(maxPoints, value, ScaleMax);
        return new(raw, maxPoints, this, evidence, static (w, r) =>
        {
            var value = ((IndicatorEvidence)r.Given!).Value!.Value;
            var scaleMax = ((ImportMethod)r.Method!).ScaleMax;
            w.Words("chỉ số ", "index ").Figure(value).Same("/").Figure(scaleMax).Same(": ").Figure(r.MaxPoints).Same(" × ").Figure(value)
                .Same(" / ").Figure(scaleMax).Same(" = ").Approximate(r.RawPoints);
        });
    }

    /// <inheritdoc />
    protected override void CheckOwnEvidence(IndicatorEvidence evidence, decimal maxPoints, List<Problem> problems)
    {
        if (evidence.Value is not { } value) problems.Add(Required(IndicatorEvidence.ValueField));
        else if (Outside(IndicatorEvidence.ValueField, value, 0m, ScaleMax) is { } problem) problems.Add(problem);
    }
}
