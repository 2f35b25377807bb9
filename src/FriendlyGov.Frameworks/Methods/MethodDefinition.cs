using System.Text.Json.Nodes;
using FriendlyGov.Domain.Criteria.Methods;

namespace FriendlyGov.Frameworks.Methods;

/// <summary>
/// Everything a framework file says about one scoring method, in one place: its <c>kind</c>, the
/// JSON fields it takes and how they are read and written, its JSON Schema fragment and its
/// description. <see cref="FrameworkReader"/>, <see cref="FrameworkWriter"/> and
/// <see cref="MethodCatalog.FrameworkSchema"/> know a method only through its definition.
/// </summary>
/// <remarks>
/// A new method is its domain class (an <see cref="EvidenceMethod"/> that scores) and one
/// definition; register it with <see cref="MethodCatalog.With"/> and read and write frameworks
/// with that catalog. Derive from <see cref="MethodDefinition{TMethod}"/>.
/// </remarks>
public abstract class MethodDefinition
{
    private readonly Lazy<JsonObject> _schema;

    /// <summary>Creates a definition.</summary>
    private protected MethodDefinition() =>
        _schema = new Lazy<JsonObject>(() => JsonNode.Parse(SchemaFragment)?.AsObject()
            ?? throw new InvalidOperationException($"The schema fragment of method '{Kind}' is not a JSON object."));

    /// <summary>The method's kind as written in files (<c>method.kind</c>), such as <c>ratio</c>.</summary>
    public abstract string Kind { get; }

    /// <summary>The domain class this definition reads and writes.</summary>
    public abstract Type MethodType { get; }

    /// <summary>
    /// The JSON Schema of a method of this kind: an object whose <c>kind</c> is the constant
    /// <see cref="Kind"/>, with <c>additionalProperties</c> false, a <c>title</c> and a
    /// <c>description</c>. It may refer to the framework schema's shared definitions
    /// (<c>#/$defs/text</c>, <c>#/$defs/id</c>).
    /// </summary>
    public abstract string SchemaFragment { get; }

    /// <summary>The schema fragment, parsed; a new copy on every read.</summary>
    public JsonObject Schema => _schema.Value.DeepClone().AsObject();

    /// <summary>What the method does and what evidence it takes, in English: the schema fragment's <c>description</c>.</summary>
    public string Description => (string?)_schema.Value["description"] ?? string.Empty;

    /// <summary>
    /// Reads the method's fields (every field of <c>method</c> but <c>kind</c>), reporting each
    /// problem through <paramref name="fields"/>.
    /// </summary>
    /// <param name="fields">The method object.</param>
    /// <returns>Builds the method (whose constructor may still refuse the values), or <see langword="null"/> when a field was missing or wrong.</returns>
    public abstract Func<IndicatorMethod>? Read(MethodFields fields);

    /// <summary>Writes the method's fields (after <c>kind</c>, which the framework writer writes).</summary>
    /// <param name="method">A method of <see cref="MethodType"/>.</param>
    /// <param name="fields">Where to write them.</param>
    public abstract void Write(IndicatorMethod method, MethodFieldWriter fields);
}
