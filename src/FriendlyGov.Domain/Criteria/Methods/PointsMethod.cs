using FriendlyGov.Domain.Evidence;

namespace FriendlyGov.Domain.Criteria.Methods;

/// <summary>
/// <c>points</c>: points awarded directly by the assessor, in [0, max], always with a note that
/// says why, so every figure can be explained.
/// </summary>
public sealed class PointsMethod : EvidenceMethod
{
    /// <summary>The kind as written in files.</summary>
    public const string KindCode = "points";

    /// <inheritdoc />
    public override string Kind => KindCode;

    /// <inheritdoc />
    public override IReadOnlyList<string> EvidenceFields { get; } = [IndicatorEvidence.PointsField];

    /// <inheritdoc />
    public override LocalizedText Describe() => new("chấm điểm trực tiếp", "points awarded directly");

    /// <inheritdoc />
    public override MethodResult Score(IndicatorEvidence evidence, decimal maxPoints)
    {
        return new(evidence.Points!.Value, maxPoints, this, evidence, static (w, r) =>
            w.Words("chấm ", "awarded ").Figure(r.RawPoints).Words(" điểm: “", ": “").Same(((IndicatorEvidence)r.Given!).Note ?? string.Empty).Same("”"));
    }

    /// <inheritdoc />
    protected override void CheckOwnEvidence(IndicatorEvidence evidence, decimal maxPoints, List<Problem> problems)
    {
        if (evidence.Points is not { } points) problems.Add(Required(IndicatorEvidence.PointsField));
        else if (Outside(IndicatorEvidence.PointsField, points, 0m, maxPoints) is { } problem) problems.Add(problem);
        if (string.IsNullOrWhiteSpace(evidence.Note))
            problems.Add(new Problem(IndicatorEvidence.NoteField, $"a note is required by method '{Kind}': say why these points were awarded"));
    }
}
