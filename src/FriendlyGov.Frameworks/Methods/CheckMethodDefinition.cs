using FriendlyGov.Domain.Criteria.Methods;

namespace FriendlyGov.Frameworks.Methods;

/// <summary>The <c>check</c> method in framework files: see <see cref="CheckMethod"/>.</summary>
internal sealed class CheckMethodDefinition : FieldlessMethodDefinition<CheckMethod>
{
    /// <inheritdoc />
    public override string Kind => CheckMethod.KindCode;

    /// <inheritdoc />
    public override string SchemaFragment => """
        {
          "title": "check method",
          "description": "Met or not: full points when the evidence says { \"met\": true }, otherwise 0. No fields.",
          "type": "object",
          "additionalProperties": false,
          "required": [
            "kind"
          ],
          "properties": {
            "kind": {
              "const": "check"
            }
          }
        }
        """;
}
