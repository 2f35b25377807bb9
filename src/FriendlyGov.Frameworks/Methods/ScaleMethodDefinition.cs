using FriendlyGov.Domain.Criteria.Methods;

namespace FriendlyGov.Frameworks.Methods;

/// <summary>The <c>scale</c> method in framework files: see <see cref="ScaleMethod"/>.</summary>
internal sealed class ScaleMethodDefinition : MethodDefinition<ScaleMethod>
{
    /// <summary>The field <c>low</c>.</summary>
    public const string LowField = "low";

    /// <summary>The field <c>high</c>.</summary>
    public const string HighField = "high";

    /// <inheritdoc />
    public override string Kind => ScaleMethod.KindCode;

    /// <inheritdoc />
    public override string SchemaFragment => """
        {
          "title": "scale method",
          "description": "A survey on a Likert scale such as 1–5: the average response, mapped linearly from low (0 points) to high (full points). Evidence: { \"responses\": [5, 4, 4] } or { \"average\": 4.2, \"count\": 120 }.",
          "type": "object",
          "additionalProperties": false,
          "required": [
            "kind",
            "low",
            "high"
          ],
          "properties": {
            "kind": {
              "const": "scale"
            },
            "low": {
              "description": "The lowest answer on the scale, a whole number below high.",
              "type": "integer"
            },
            "high": {
              "description": "The highest answer on the scale, a whole number above low.",
              "type": "integer"
            }
          }
        }
        """;

    /// <inheritdoc />
    public override Func<IndicatorMethod>? Read(MethodFields fields)
    {
        Guard.Against.Null(fields);
        var low = fields.Number(LowField);
        var high = fields.Number(HighField);
        return low is { } l && high is { } h ? () => new ScaleMethod(l, h) : null;
    }

    /// <inheritdoc />
    protected override void Write(ScaleMethod method, MethodFieldWriter fields)
    {
        fields.Number(LowField, method.Low);
        fields.Number(HighField, method.High);
    }
}
