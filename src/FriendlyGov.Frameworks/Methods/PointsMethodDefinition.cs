using FriendlyGov.Domain.Criteria.Methods;

namespace FriendlyGov.Frameworks.Methods;

/// <summary>The <c>points</c> method in framework files: see <see cref="PointsMethod"/>.</summary>
internal sealed class PointsMethodDefinition : FieldlessMethodDefinition<PointsMethod>
{
    /// <inheritdoc />
    public override string Kind => PointsMethod.KindCode;

    /// <inheritdoc />
    public override string SchemaFragment => """
        {
          "title": "points method",
          "description": "Points awarded directly by the assessor, with a note saying why. Evidence: { \"points\": 3.5, \"note\": \"…\" }. No fields.",
          "type": "object",
          "additionalProperties": false,
          "required": [
            "kind"
          ],
          "properties": {
            "kind": {
              "const": "points"
            }
          }
        }
        """;
}
