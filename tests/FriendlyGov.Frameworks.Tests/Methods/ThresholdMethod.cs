using FriendlyGov.Domain;
using FriendlyGov.Domain.Criteria.Methods;
using FriendlyGov.Domain.Evidence;
using FriendlyGov.Frameworks.Methods;

namespace FriendlyGov.Frameworks.Tests.Methods;

/// <summary>
/// A method that is not built in, as an app would add one: <c>threshold</c>, full points when the
/// evidence's <c>value</c> reaches <c>at</c>, else none. This file is all it takes: the method and
/// its definition (kind, JSON field, read, write, schema fragment, description).
/// </summary>
/// <param name="at">The value that earns the points; 0 ≤ at ≤ 1.</param>
public sealed class ThresholdMethod(decimal at) : EvidenceMethod
{
    /// <summary>The kind as written in files.</summary>
    public const string KindCode = "threshold";

    /// <summary>The value that earns the points.</summary>
    public decimal At { get; } = Outside("at", at, 0m, 1m) is { } outside ? throw Invalid(outside) : at;

    /// <inheritdoc />
    public override string Kind => KindCode;

    /// <inheritdoc />
    public override IReadOnlyList<string> EvidenceFields { get; } = [IndicatorEvidence.ValueField];

    /// <inheritdoc />
    public override LocalizedText Describe() => new($"ngưỡng {Figures.TextVi(At)}", $"threshold {Figures.Text(At)}");

    /// <inheritdoc />
    public override MethodResult Score(IndicatorEvidence evidence, decimal maxPoints) =>
        evidence.Value >= At
            ? new(maxPoints, () => new($"đạt ngưỡng: {Figures.TextVi(maxPoints)}", $"reaches the threshold: {Figures.Text(maxPoints)}"))
            : new(0m, () => new("dưới ngưỡng: 0", "below the threshold: 0"));

    /// <inheritdoc />
    protected override void CheckOwnEvidence(IndicatorEvidence evidence, decimal maxPoints, List<Problem> problems)
    {
        if (evidence.Value is not { } value) problems.Add(Required(IndicatorEvidence.ValueField));
        else if (Outside(IndicatorEvidence.ValueField, value, 0m, 1m) is { } outside) problems.Add(outside);
    }

    /// <summary>The <c>threshold</c> method in framework files.</summary>
    public sealed class Definition : MethodDefinition<ThresholdMethod>
    {
        /// <summary>The field <c>at</c>.</summary>
        public const string AtField = "at";

        /// <inheritdoc />
        public override string Kind => KindCode;

        /// <inheritdoc />
        public override string SchemaFragment => """
            {
              "title": "threshold method",
              "description": "Full points when the value reaches at, else 0. Evidence: { \"value\": 0.9 }.",
              "type": "object",
              "additionalProperties": false,
              "required": ["kind", "at"],
              "properties": {
                "kind": { "const": "threshold" },
                "at": { "description": "The value that earns the points; 0 ≤ at ≤ 1.", "type": "number", "minimum": 0, "maximum": 1 }
              }
            }
            """;

        /// <inheritdoc />
        public override Func<IndicatorMethod>? Read(MethodFields fields) =>
            fields.Number(AtField) is { } at ? () => new ThresholdMethod(at) : null;

        /// <inheritdoc />
        protected override void Write(ThresholdMethod method, MethodFieldWriter fields) => fields.Number(AtField, method.At);
    }
}
