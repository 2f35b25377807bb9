using FriendlyGov.Domain.Conduct;
using FriendlyGov.Domain.Criteria.Methods;

namespace FriendlyGov.Frameworks.Methods;

/// <summary>The <c>conduct</c> method in framework files: see <see cref="ConductMethod"/>.</summary>
internal sealed class ConductMethodDefinition : MethodDefinition<ConductMethod>
{
    /// <summary>The field <c>rules</c>.</summary>
    public const string RulesField = "rules";

    /// <summary>The field <c>perBreach</c>.</summary>
    public const string PerBreachField = "perBreach";

    /// <summary>The field <c>role</c>.</summary>
    public const string RoleField = "role";

    /// <inheritdoc />
    public override string Kind => ConductMethod.KindCode;

    /// <inheritdoc />
    public override string SchemaFragment => """
        {
          "title": "conduct method",
          "description": "Full points less perBreach × the severity weight of each confirmed breach of a matching rule, never below 0. Takes no evidence: it reads the evidence's conduct observations.",
          "type": "object",
          "additionalProperties": false,
          "required": [
            "kind",
            "rules",
            "perBreach"
          ],
          "properties": {
            "kind": {
              "const": "conduct"
            },
            "rules": {
              "description": "Rule ids of the framework's code of conduct, or prefixes ending in * such as \"4X.*\"; at least one.",
              "type": "array",
              "minItems": 1,
              "items": {
                "type": "string",
                "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*\\*?$"
              }
            },
            "perBreach": {
              "description": "The points lost per unit of severity weight; greater than 0.",
              "type": "number",
              "exclusiveMinimum": 0
            },
            "role": {
              "description": "Count only breaches by officials in this role: head (người đứng đầu), deputy or staff.",
              "enum": [
                "head",
                "deputy",
                "staff"
              ]
            }
          }
        }
        """;

    /// <inheritdoc />
    public override Func<IndicatorMethod>? Read(MethodFields fields)
    {
        Guard.Against.Null(fields);
        var rules = fields.Codes(RulesField);
        var perBreach = fields.Number(PerBreachField);
        OfficialRole? role = null;
        var roleFailed = false;
        if (fields.Has(RoleField))
        {
            if (fields.OneOf(RoleField, OfficialRoles.AllCodes) is { } code && OfficialRoles.TryParse(code, out var parsed)) role = parsed;
            else roleFailed = true;
        }

        return rules is null || perBreach is null || roleFailed ? null : () => new ConductMethod(rules, perBreach.Value, role);
    }

    /// <inheritdoc />
    protected override void Write(ConductMethod method, MethodFieldWriter fields)
    {
        fields.Codes(RulesField, method.Rules);
        fields.Number(PerBreachField, method.PerBreach);
        if (method.Role is { } role) fields.Code(RoleField, role.ToCode());
    }
}
