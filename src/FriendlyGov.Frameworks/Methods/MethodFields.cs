using FriendlyGov.Domain;
using FriendlyGov.Frameworks.Json;

namespace FriendlyGov.Frameworks.Methods;

/// <summary>
/// A method object of a framework file as a <see cref="MethodDefinition"/> reads it: each read
/// names one field, and every problem (a missing field, a wrong type) is reported with its JSON
/// path, such as <c>$.groups[0].criteria[0].indicators[0].method.floor</c>. A field never read is
/// reported as unknown once the definition is done.
/// </summary>
public sealed class MethodFields
{
    private readonly ObjectReader _object;
    private readonly List<Problem> _problems;

    internal MethodFields(ObjectReader json, List<Problem> problems)
    {
        _object = json;
        _problems = problems;
    }

    /// <summary>The JSON path of this object.</summary>
    public string Path => _object.Path;

    /// <summary>Whether the object has the field.</summary>
    /// <param name="name">The field.</param>
    /// <returns><see langword="true"/> when it is present, whatever its value.</returns>
    public bool Has(string name) => _object.Has(name);

    /// <summary>A number field.</summary>
    /// <param name="name">The field.</param>
    /// <param name="required">Whether a missing field is a problem.</param>
    /// <returns>The number, or <see langword="null"/> when missing or not a number (reported).</returns>
    public decimal? Number(string name, bool required = true) => _object.Decimal(name, required);

    /// <summary>A string field, such as a code.</summary>
    /// <param name="name">The field.</param>
    /// <param name="required">Whether a missing field is a problem.</param>
    /// <returns>The string, or <see langword="null"/> when missing or not a non-blank string (reported).</returns>
    public string? Code(string name, bool required = true) => _object.String(name, required);

    /// <summary>A field whose value is one of <paramref name="allowed"/>.</summary>
    /// <param name="name">The field.</param>
    /// <param name="allowed">The codes allowed.</param>
    /// <param name="required">Whether a missing field is a problem.</param>
    /// <returns>The code, or <see langword="null"/> when missing or not allowed (reported).</returns>
    public string? OneOf(string name, IReadOnlyList<string> allowed, bool required = true) => _object.OneOf(name, allowed, required);

    /// <summary>A bilingual text field, <c>{ "vi": …, "en": … }</c>.</summary>
    /// <param name="name">The field.</param>
    /// <param name="required">Whether a missing field is a problem.</param>
    /// <returns>The text, or <see langword="null"/> when missing or malformed (reported).</returns>
    public LocalizedText? Text(string name, bool required = true) => _object.Text(name, required);

    /// <summary>An id field: letters, digits, '.', '-' and '_'.</summary>
    /// <param name="name">The field.</param>
    /// <returns>The id, or <see langword="null"/> when missing or malformed (reported).</returns>
    public string? Id(string name) => Ids.Id(_object, name, _problems);

    /// <summary>An array of strings, with at least <paramref name="minItems"/> items.</summary>
    /// <param name="name">The field.</param>
    /// <param name="minItems">The fewest items allowed.</param>
    /// <returns>The strings, or <see langword="null"/> when missing or any item is not a string (reported).</returns>
    public IReadOnlyList<string>? Codes(string name, int minItems = 1)
    {
        var items = _object.Array(name, minItems: minItems);
        if (items is null) return null;
        var values = items.Select(r => ObjectReader.Values.String(r.Element, r.Path, _problems)).ToList();
        return values.Contains(null) ? null : [.. values.OfType<string>()];
    }

    /// <summary>An array of objects, each read by <paramref name="read"/>, with at least <paramref name="minItems"/> items.</summary>
    /// <typeparam name="T">What each object is read into.</typeparam>
    /// <param name="name">The field.</param>
    /// <param name="what">What one object is, for problems: <c>a band { "min", "points" }</c>.</param>
    /// <param name="read">Reads one object; <see langword="null"/> when it has a problem (reported).</param>
    /// <param name="minItems">The fewest items allowed.</param>
    /// <returns>The objects, or <see langword="null"/> when the array is missing, too short, or any object has a problem.</returns>
    public IReadOnlyList<T>? Objects<T>(string name, string what, Func<MethodFields, T?> read, int minItems = 1)
        where T : class
    {
        Guard.Against.Null(read);
        var items = _object.Array(name, minItems: minItems);
        if (items is null) return null;
        var values = new List<T?>();
        foreach (var (element, path) in items)
        {
            var item = ObjectReader.Over(element, path, _problems, what);
            values.Add(read(new MethodFields(item, _problems)));
            item.Finish();
        }

        return values.Count < minItems || values.Contains(null) ? null : [.. values.OfType<T>()];
    }

    /// <summary>Reports a problem with a field.</summary>
    /// <param name="name">The field.</param>
    /// <param name="message">What is wrong with it.</param>
    public void Report(string name, string message) => _problems.Add(new Problem(_object.PathOf(name), message));
}
