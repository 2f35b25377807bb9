using FriendlyGov.Domain.Criteria.Methods;

namespace FriendlyGov.Frameworks.Methods;

/// <summary>The <c>deduction</c> method in framework files: see <see cref="DeductionMethod"/>.</summary>
internal sealed class DeductionMethodDefinition : MethodDefinition<DeductionMethod>
{
    /// <summary>The field <c>perCount</c>.</summary>
    public const string PerCountField = "perCount";

    /// <inheritdoc />
    public override string Kind => DeductionMethod.KindCode;

    /// <inheritdoc />
    public override string SchemaFragment => """
        {
          "title": "deduction method",
          "description": "Full points less perCount for each occurrence counted, never below 0. Evidence: { \"count\": 2 }.",
          "type": "object",
          "additionalProperties": false,
          "required": [
            "kind",
            "perCount"
          ],
          "properties": {
            "kind": {
              "const": "deduction"
            },
            "perCount": {
              "description": "The points deducted for each occurrence; greater than 0.",
              "type": "number",
              "exclusiveMinimum": 0
            }
          }
        }
        """;

    /// <inheritdoc />
    public override Func<IndicatorMethod>? Read(MethodFields fields) =>
        Guard.Against.Null(fields).Number(PerCountField) is { } perCount ? () => new DeductionMethod(perCount) : null;

    /// <inheritdoc />
    protected override void Write(DeductionMethod method, MethodFieldWriter fields) => fields.Number(PerCountField, method.PerCount);
}
