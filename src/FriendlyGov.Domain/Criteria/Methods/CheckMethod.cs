using FriendlyGov.Domain.Evidence;

namespace FriendlyGov.Domain.Criteria.Methods;

/// <summary>
/// <c>check</c>: a yes-or-no requirement. Evidence <c>{ "met": true }</c> earns the maximum,
/// <c>false</c> earns 0.
/// </summary>
public sealed class CheckMethod : EvidenceMethod
{
    /// <summary>The kind as written in files.</summary>
    public const string KindCode = "check";

    /// <inheritdoc />
    public override string Kind => KindCode;

    /// <inheritdoc />
    public override IReadOnlyList<string> EvidenceFields { get; } = [IndicatorEvidence.MetField];

    /// <inheritdoc />
    public override LocalizedText Describe() => new("đạt/không đạt", "met or not");

    /// <inheritdoc />
    public override MethodResult Score(IndicatorEvidence evidence, decimal maxPoints) =>
        evidence.Met == true
            ? new(maxPoints, maxPoints, this, null, static (w, r) => w.Words("đạt: ", "met: ").Figure(r.MaxPoints))
            : new(0m, maxPoints, this, null, static (w, _) => w.Words("không đạt: 0", "not met: 0"));

    /// <inheritdoc />
    protected override void CheckOwnEvidence(IndicatorEvidence evidence, decimal maxPoints, List<Problem> problems)
    {
        if (evidence.Met is null) problems.Add(Required(IndicatorEvidence.MetField));
    }
}
