using System.Text.Json.Nodes;
using FriendlyGov.Domain.Criteria.Methods;

namespace FriendlyGov.Frameworks.Methods;

/// <summary>
/// The scoring methods a framework file may use, each by its <see cref="MethodDefinition"/>:
/// <see cref="BuiltIn"/> holds the nine of docs/design.md section 3, and <see cref="With"/> adds
/// an app's own. Immutable: adding gives a new catalog.
/// </summary>
public sealed class MethodCatalog
{
    private const string FrameworkSchemaResource = "FriendlyGov.Frameworks.Schemas.friendlygov.framework-1.schema.json";

    private readonly MethodDefinition[] _definitions;

    private MethodCatalog(MethodDefinition[] definitions) => _definitions = definitions;

    /// <summary>The built-in methods: check, checklist, ratio, bands, deduction, scale, import, points and conduct.</summary>
    public static MethodCatalog BuiltIn { get; } = new(
    [
        new CheckMethodDefinition(), new ChecklistMethodDefinition(), new RatioMethodDefinition(), new BandsMethodDefinition(),
        new DeductionMethodDefinition(), new ScaleMethodDefinition(), new ImportMethodDefinition(), new PointsMethodDefinition(),
        new ConductMethodDefinition(),
    ]);

    /// <summary>The definitions, in the order their kinds are listed to people.</summary>
    public IReadOnlyList<MethodDefinition> Definitions => _definitions;

    /// <summary>The kinds, in order.</summary>
    public IReadOnlyList<string> Kinds => [.. _definitions.Select(d => d.Kind)];

    /// <summary>This catalog and one more method.</summary>
    /// <param name="definition">The new method's definition.</param>
    /// <returns>A new catalog; this one is unchanged.</returns>
    /// <exception cref="ArgumentException">The kind or the domain class is already defined.</exception>
    public MethodCatalog With(MethodDefinition definition)
    {
        Guard.Against.Null(definition);
        if (_definitions.Any(d => string.Equals(d.Kind, definition.Kind, StringComparison.Ordinal)))
            throw new ArgumentException($"Method kind '{definition.Kind}' is already defined.", nameof(definition));
        if (_definitions.Any(d => d.MethodType == definition.MethodType))
            throw new ArgumentException($"{definition.MethodType.Name} already has a definition.", nameof(definition));
        return new MethodCatalog([.. _definitions, definition]);
    }

    /// <summary>The definition of a kind.</summary>
    /// <param name="kind">The kind as written in a file.</param>
    /// <returns>The definition, or <see langword="null"/> when the kind is not in this catalog.</returns>
    public MethodDefinition? Find(string kind) =>
        Array.Find(_definitions, d => string.Equals(d.Kind, kind, StringComparison.Ordinal));

    /// <summary>The definition that writes a method.</summary>
    /// <param name="method">The method.</param>
    /// <returns>Its definition.</returns>
    /// <exception cref="NotSupportedException">No definition in this catalog is for the method's class.</exception>
    public MethodDefinition For(IndicatorMethod method)
    {
        Guard.Against.Null(method);
        return Array.Find(_definitions, d => d.MethodType == method.GetType())
            ?? throw new NotSupportedException($"No JSON form is defined for method '{method.Kind}': add its definition to the catalog the framework is written with.");
    }

    /// <summary>
    /// The JSON Schema of <c>friendlygov.framework/1</c> with this catalog's methods: the published
    /// schema's <c>$defs.method</c> lists these kinds, and each kind's fragment is
    /// <c>$defs.{kind}Method</c>. For <see cref="BuiltIn"/> it equals the published schema file.
    /// </summary>
    /// <returns>A new schema document.</returns>
    public JsonObject FrameworkSchema()
    {
        using var stream = typeof(MethodCatalog).Assembly.GetManifestResourceStream(FrameworkSchemaResource)
            ?? throw new InvalidOperationException($"The embedded resource {FrameworkSchemaResource} is missing.");
        var schema = JsonNode.Parse(stream)!.AsObject();
        var defs = schema["$defs"]!.AsObject();
        foreach (var stale in defs.Select(d => d.Key).Where(k => k.EndsWith("Method", StringComparison.Ordinal) && k != "method").ToList())
            defs.Remove(stale);

        var method = defs["method"]!.AsObject();
        var kind = method["properties"]!["kind"]!.AsObject();
        kind["description"] = $"The method: {string.Join(", ", Kinds.Take(Kinds.Count - 1))} or {Kinds[^1]}.";
        kind["enum"] = new JsonArray([.. Kinds.Select(k => (JsonNode)JsonValue.Create(k))]);
        method["oneOf"] = new JsonArray([.. _definitions.Select(d => (JsonNode)new JsonObject { ["$ref"] = $"#/$defs/{d.Kind}Method" })]);
        foreach (var definition in _definitions) defs[$"{definition.Kind}Method"] = definition.Schema;
        return schema;
    }
}
