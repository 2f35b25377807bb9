using FriendlyGov.Domain.Evidence;

namespace FriendlyGov.Domain.Criteria.Methods;

/// <summary>
/// <c>deduction</c>: starts at the maximum and loses <see cref="PerCount"/> for each occurrence
/// counted (a complaint upheld, a late report), never below 0: max(0, max − perCount × count).
/// </summary>
public sealed class DeductionMethod : EvidenceMethod
{
    /// <summary>The kind as written in files.</summary>
    public const string KindCode = "deduction";

    /// <summary>Creates a deduction method.</summary>
    /// <param name="perCount">The points lost per occurrence; greater than 0 and at most <see cref="FigureLimits.MaxPoints"/>.</param>
    /// <exception cref="InvalidInputException"><paramref name="perCount"/> is outside those bounds.</exception>
    public DeductionMethod(decimal perCount)
    {
        ThrowIfAny(perCount <= 0 ? new Problem("perCount", $"{Figures.Text(perCount)} is not > 0") : FigureLimits.CheckPoints("perCount", perCount));
        PerCount = perCount;
    }

    /// <summary>The points lost per occurrence.</summary>
    public decimal PerCount { get; }

    /// <inheritdoc />
    public override string Kind => KindCode;

    /// <inheritdoc />
    public override IReadOnlyList<string> EvidenceFields { get; } = [IndicatorEvidence.CountField];

    /// <inheritdoc />
    public override LocalizedText Describe() => new(
        $"trừ {Figures.TextVi(PerCount)} điểm mỗi lần",
        $"deduct {Figures.Text(PerCount)} per occurrence");

    /// <inheritdoc />
    public override MethodResult Score(IndicatorEvidence evidence, decimal maxPoints)
    {
        var count = evidence.Count!.Value;
        // A count so large that PerCount × count leaves decimal's range deducts everything.
        var raw = count > 0 && PerCount > decimal.MaxValue / count ? 0m : Math.Max(0m, maxPoints - (PerCount * count));
        return new(raw, maxPoints, this, evidence, static (w, r) =>
        {
            var count = ((IndicatorEvidence)r.Given!).Count!.Value;
            w.Figure(count).Words(" lần: max(0; ", " counted: max(0, ").Figure(r.MaxPoints).Same(" − ").Figure(((DeductionMethod)r.Method!).PerCount).Same(" × ").Figure(count)
                .Same(") = ").Figure(r.RawPoints);
        });
    }

    /// <inheritdoc />
    protected override void CheckOwnEvidence(IndicatorEvidence evidence, decimal maxPoints, List<Problem> problems)
    {
        if (evidence.Count is not { } count) problems.Add(Required(IndicatorEvidence.CountField));
        else if ((NotWhole(IndicatorEvidence.CountField, count, 0m) ?? FigureLimits.CheckValue(IndicatorEvidence.CountField, count)) is { } problem) problems.Add(problem);
    }
}
