using FriendlyGov.Domain.Criteria.Methods;

namespace FriendlyGov.Frameworks.Methods;

/// <summary>The <c>ratio</c> method in framework files: see <see cref="RatioMethod"/>.</summary>
internal sealed class RatioMethodDefinition : MethodDefinition<RatioMethod>
{
    /// <summary>The field <c>floor</c>.</summary>
    public const string FloorField = "floor";

    /// <summary>The field <c>target</c>.</summary>
    public const string TargetField = "target";

    /// <inheritdoc />
    public override string Kind => RatioMethod.KindCode;

    /// <inheritdoc />
    public override string SchemaFragment => """
        {
          "title": "ratio method",
          "description": "A share in [0, 1]: 0 points at or below floor, full points at or above target, linear in between. Evidence: { \"value\": 0.93 } or { \"numerator\": 93, \"denominator\": 100 }.",
          "type": "object",
          "additionalProperties": false,
          "required": [
            "kind",
            "floor",
            "target"
          ],
          "properties": {
            "kind": {
              "const": "ratio"
            },
            "floor": {
              "description": "The share at or below which the indicator scores 0; 0 ≤ floor < target.",
              "type": "number",
              "minimum": 0,
              "exclusiveMaximum": 1
            },
            "target": {
              "description": "The share at or above which the indicator scores its maxPoints; floor < target ≤ 1.",
              "type": "number",
              "exclusiveMinimum": 0,
              "maximum": 1
            }
          }
        }
        """;

    /// <inheritdoc />
    public override Func<IndicatorMethod>? Read(MethodFields fields)
    {
        Guard.Against.Null(fields);
        var floor = fields.Number(FloorField);
        var target = fields.Number(TargetField);
        return floor is { } f && target is { } t ? () => new RatioMethod(f, t) : null;
    }

    /// <inheritdoc />
    protected override void Write(RatioMethod method, MethodFieldWriter fields)
    {
        fields.Number(FloorField, method.Floor);
        fields.Number(TargetField, method.Target);
    }
}
