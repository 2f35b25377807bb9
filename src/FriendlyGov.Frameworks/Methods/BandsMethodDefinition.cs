using FriendlyGov.Domain.Criteria.Methods;

namespace FriendlyGov.Frameworks.Methods;

/// <summary>The <c>bands</c> method in framework files: see <see cref="BandsMethod"/>.</summary>
internal sealed class BandsMethodDefinition : MethodDefinition<BandsMethod>
{
    /// <summary>The field <c>bands</c>.</summary>
    public const string BandsField = "bands";

    /// <summary>The field <c>min</c>.</summary>
    public const string MinField = "min";

    /// <summary>The field <c>points</c>.</summary>
    public const string PointsField = "points";

    /// <inheritdoc />
    public override string Kind => BandsMethod.KindCode;

    /// <inheritdoc />
    public override string SchemaFragment => """
        {
          "title": "bands method",
          "description": "A value scored by the highest band whose min it reaches (0 points below the first band). Evidence: { \"value\": 12 }.",
          "type": "object",
          "additionalProperties": false,
          "required": [
            "kind",
            "bands"
          ],
          "properties": {
            "kind": {
              "const": "bands"
            },
            "bands": {
              "description": "The bands: at least one, in strictly ascending min.",
              "type": "array",
              "minItems": 1,
              "items": {
                "title": "Band",
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "min",
                  "points"
                ],
                "properties": {
                  "min": {
                    "description": "The least value in this band; strictly ascending across the bands.",
                    "type": "number"
                  },
                  "points": {
                    "description": "The points a value in this band earns; 0 ≤ points ≤ the indicator's maxPoints.",
                    "type": "number",
                    "minimum": 0
                  }
                }
              }
            }
          }
        }
        """;

    /// <inheritdoc />
    public override Func<IndicatorMethod>? Read(MethodFields fields)
    {
        var bands = Guard.Against.Null(fields).Objects(BandsField, "a band { \"min\", \"points\" }", band =>
        {
            var min = band.Number(MinField);
            var points = band.Number(PointsField);
            return min is null || points is null ? null : new ScoreBand(min.Value, points.Value);
        });
        return bands is null ? null : () => new BandsMethod(bands);
    }

    /// <inheritdoc />
    protected override void Write(BandsMethod method, MethodFieldWriter fields) =>
        fields.Objects(BandsField, method.Bands, static (band, scoreBand) =>
        {
            band.Number(MinField, scoreBand.Min);
            band.Number(PointsField, scoreBand.Points);
        });
}
