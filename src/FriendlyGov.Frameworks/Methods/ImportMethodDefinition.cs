using FriendlyGov.Domain.Criteria.Methods;

namespace FriendlyGov.Frameworks.Methods;

/// <summary>The <c>import</c> method in framework files: see <see cref="ImportMethod"/>.</summary>
internal sealed class ImportMethodDefinition : MethodDefinition<ImportMethod>
{
    /// <summary>The field <c>scaleMax</c>.</summary>
    public const string ScaleMaxField = "scaleMax";

    /// <inheritdoc />
    public override string Kind => ImportMethod.KindCode;

    /// <inheritdoc />
    public override string SchemaFragment => """
        {
          "title": "import method",
          "description": "An external index (such as the PAR Index on 100) scaled to the indicator's maxPoints. Evidence: { \"value\": 82.5 }.",
          "type": "object",
          "additionalProperties": false,
          "required": [
            "kind",
            "scaleMax"
          ],
          "properties": {
            "kind": {
              "const": "import"
            },
            "scaleMax": {
              "description": "The top of the external index's scale; greater than 0.",
              "type": "number",
              "exclusiveMinimum": 0
            }
          }
        }
        """;

    /// <inheritdoc />
    public override Func<IndicatorMethod>? Read(MethodFields fields) =>
        Guard.Against.Null(fields).Number(ScaleMaxField) is { } scaleMax ? () => new ImportMethod(scaleMax) : null;

    /// <inheritdoc />
    protected override void Write(ImportMethod method, MethodFieldWriter fields) => fields.Number(ScaleMaxField, method.ScaleMax);
}
