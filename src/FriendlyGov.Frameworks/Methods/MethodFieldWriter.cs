using System.Text.Json;
using FriendlyGov.Domain;
using FriendlyGov.Frameworks.Json;

namespace FriendlyGov.Frameworks.Methods;

/// <summary>
/// Writes a method's fields into its method object as <see cref="FrameworkWriter"/> writes every
/// figure and text: numbers as exact decimals, bilingual texts as <c>{ "vi", "en" }</c>.
/// </summary>
public sealed class MethodFieldWriter
{
    private readonly Utf8JsonWriter _json;

    internal MethodFieldWriter(Utf8JsonWriter json) => _json = json;

    /// <summary>Writes a number field.</summary>
    /// <param name="name">The field.</param>
    /// <param name="value">Its value, written exactly.</param>
    public void Number(string name, decimal value) => _json.Number(name, value);

    /// <summary>Writes a string field, such as a code.</summary>
    /// <param name="name">The field.</param>
    /// <param name="value">Its value.</param>
    public void Code(string name, string value) => _json.WriteString(name, value);

    /// <summary>Writes a bilingual text field.</summary>
    /// <param name="name">The field.</param>
    /// <param name="text">Its value.</param>
    public void Text(string name, LocalizedText text) => _json.Text(name, text);

    /// <summary>Writes an array of strings.</summary>
    /// <param name="name">The field.</param>
    /// <param name="values">The strings, in order.</param>
    public void Codes(string name, IEnumerable<string> values)
    {
        _json.WriteStartArray(name);
        foreach (var value in Guard.Against.Null(values)) _json.WriteStringValue(value);
        _json.WriteEndArray();
    }

    /// <summary>Writes an array of objects, each written by <paramref name="write"/>.</summary>
    /// <typeparam name="T">What each object is written from.</typeparam>
    /// <param name="name">The field.</param>
    /// <param name="values">The values, in order.</param>
    /// <param name="write">Writes one value's fields.</param>
    public void Objects<T>(string name, IEnumerable<T> values, Action<MethodFieldWriter, T> write)
    {
        Guard.Against.Null(write);
        _json.WriteStartArray(name);
        foreach (var value in Guard.Against.Null(values))
        {
            _json.WriteStartObject();
            write(this, value);
            _json.WriteEndObject();
        }

        _json.WriteEndArray();
    }
}
