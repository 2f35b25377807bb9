using FriendlyGov.Domain.Criteria.Methods;

namespace FriendlyGov.Frameworks.Methods;

/// <summary>The <c>checklist</c> method in framework files: see <see cref="ChecklistMethod"/>.</summary>
internal sealed class ChecklistMethodDefinition : MethodDefinition<ChecklistMethod>
{
    /// <summary>The field <c>items</c>.</summary>
    public const string ItemsField = "items";

    /// <summary>The field <c>id</c>.</summary>
    public const string IdField = "id";

    /// <summary>The field <c>title</c>.</summary>
    public const string TitleField = "title";

    /// <summary>The field <c>points</c>.</summary>
    public const string PointsField = "points";

    /// <inheritdoc />
    public override string Kind => ChecklistMethod.KindCode;

    /// <inheritdoc />
    public override string SchemaFragment => """
        {
          "title": "checklist method",
          "description": "A list of items, each worth its points when met; the evidence lists the ids of the items met ({ \"items\": [\"a\", \"b\"] }).",
          "type": "object",
          "additionalProperties": false,
          "required": [
            "kind",
            "items"
          ],
          "properties": {
            "kind": {
              "const": "checklist"
            },
            "items": {
              "description": "The items: at least one, ids unique in the list; their points add up to the indicator's maxPoints exactly.",
              "type": "array",
              "minItems": 1,
              "items": {
                "$ref": "#/$defs/checklistItem"
              }
            }
          }
        }
        """;

    /// <inheritdoc />
    public override Func<IndicatorMethod>? Read(MethodFields fields)
    {
        var items = Guard.Against.Null(fields).Objects(ItemsField, "a checklist item", item =>
        {
            var id = item.Id(IdField);
            var title = item.Text(TitleField, required: false);
            var points = item.Number(PointsField);
            return id is null || points is null ? null : new ChecklistItem(id, points.Value, title);
        });
        return items is null ? null : () => new ChecklistMethod(items);
    }

    /// <inheritdoc />
    protected override void Write(ChecklistMethod method, MethodFieldWriter fields) =>
        fields.Objects(ItemsField, method.Items, static (item, checklistItem) =>
        {
            item.Code(IdField, checklistItem.Id);
            if (checklistItem.Title is { } title) item.Text(TitleField, title);
            item.Number(PointsField, checklistItem.Points);
        });
}
