using System.Text;
using System.Text.Json;
using FriendlyGov.Domain;

namespace FriendlyGov.Frameworks.Json;

/// <summary>
/// Reads the properties of one JSON object, recording a problem with its JSON path for anything
/// wrong instead of stopping, so a whole file's problems are reported at once.
/// </summary>
/// <remarks>
/// Each property read is remembered; <see cref="Finish"/> then reports every property that was
/// not read as unknown, so a typo such as <c>maxPoint</c> never passes silently.
/// </remarks>
internal sealed class ObjectReader
{
    private readonly JsonElement _element;
    private readonly List<Problem> _problems;
    private readonly string _what;
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    private ObjectReader(JsonElement element, string path, List<Problem> problems, string what, bool valid)
    {
        _element = element;
        Path = path;
        _problems = problems;
        _what = what;
        IsValid = valid;
    }

    /// <summary>The object's JSON path.</summary>
    public string Path { get; }

    /// <summary>Whether the element is an object; when not, every read returns nothing.</summary>
    public bool IsValid { get; }

    /// <summary>A reader over <paramref name="element"/>; reports a problem when it is not an object.</summary>
    public static ObjectReader Over(JsonElement element, string path, List<Problem> problems, string what)
    {
        var valid = element.ValueKind == JsonValueKind.Object;
        if (!valid) problems.Add(new Problem(path, $"{Values.Describe(element)} is not an object: expected {what}"));
        else ReportDuplicates(element, path, problems, JsonPath.Property);
        return new ObjectReader(element, path, problems, what, valid);
    }

    /// <summary>The path of a property of this object, with any control character in the name escaped.</summary>
    public string PathOf(string name) => JsonPath.Combine(Path, JsonPath.Property(Values.Printable(name)));

    /// <summary>Whether the property is present (and marks it as known).</summary>
    public bool Has(string name)
    {
        _known.Add(name);
        return IsValid && _element.TryGetProperty(name, out _);
    }

    /// <summary>The property's element, or a problem when it is required and absent.</summary>
    public JsonElement? Element(string name, bool required)
    {
        _known.Add(name);
        if (!IsValid) return null;
        if (_element.TryGetProperty(name, out var value)) return value;
        if (required) _problems.Add(new Problem(Path, $"'{name}' is required in {_what}"));
        return null;
    }

    /// <summary>A string, NFC-normalized; blank only when <paramref name="allowBlank"/>.</summary>
    public string? String(string name, bool required = true, bool allowBlank = false) =>
        Element(name, required) is { } e ? Values.String(e, PathOf(name), _problems, allowBlank) : null;

    /// <summary>A number read exactly as a decimal.</summary>
    public decimal? Decimal(string name, bool required = true) =>
        Element(name, required) is { } e ? Values.Decimal(e, PathOf(name), _problems) : null;

    /// <summary>A boolean.</summary>
    public bool? Bool(string name, bool required = true)
    {
        if (Element(name, required) is not { } e) return null;
        if (e.ValueKind is JsonValueKind.True or JsonValueKind.False) return e.GetBoolean();
        _problems.Add(new Problem(PathOf(name), $"{Values.Describe(e)} is not true or false"));
        return null;
    }

    /// <summary>A string that must be one of <paramref name="allowed"/>.</summary>
    public string? OneOf(string name, IReadOnlyList<string> allowed, bool required = true)
    {
        var value = String(name, required);
        if (value is null || allowed.Contains(value, StringComparer.Ordinal)) return value;
        _problems.Add(new Problem(PathOf(name), $"{MessageText.Quote(value)} is not one of {string.Join(", ", allowed)}"));
        return null;
    }

    /// <summary>A bilingual text <c>{ "vi": …, "en": … }</c>.</summary>
    public LocalizedText? Text(string name, bool required = true)
    {
        if (Element(name, required) is not { } e) return null;
        var text = Over(e, PathOf(name), _problems, "a text { \"vi\": …, \"en\": … }");
        var vi = text.String("vi");
        var en = text.String("en");
        text.Finish();
        return vi is null || en is null ? null : new LocalizedText(vi, en);
    }

    /// <summary>A nested object.</summary>
    public ObjectReader? Object(string name, string what, bool required = true) =>
        Element(name, required) is { } e ? Over(e, PathOf(name), _problems, what) : null;

    /// <summary>The elements of an array, each with its path.</summary>
    public IReadOnlyList<(JsonElement Element, string Path)>? Array(string name, bool required = true, int minItems = 0)
    {
        if (Element(name, required) is not { } e) return null;
        var path = PathOf(name);
        if (e.ValueKind != JsonValueKind.Array)
        {
            _problems.Add(new Problem(path, $"{Values.Describe(e)} is not an array"));
            return null;
        }

        var items = e.EnumerateArray().Select((item, i) => (item, JsonPath.Combine(path, JsonPath.Index(i)))).ToList();
        if (items.Count < minItems) _problems.Add(new Problem(path, $"at least {minItems} {(minItems == 1 ? "entry is" : "entries are")} required"));
        return items;
    }

    /// <summary>The properties of a nested object used as a map, each with its NFC name and path.</summary>
    public IReadOnlyList<(string Name, JsonElement Element, string Path)>? Map(string name, bool required = false)
    {
        if (Element(name, required) is not { } e) return null;
        var path = PathOf(name);
        if (e.ValueKind != JsonValueKind.Object)
        {
            _problems.Add(new Problem(path, $"{Values.Describe(e)} is not an object"));
            return null;
        }

        ReportDuplicates(e, path, _problems, JsonPath.Key);

        // A key holding a control character is reported above; leaving it out keeps it from
        // reaching later messages (such as "not an indicator") unescaped.
        return e.EnumerateObject()
            .Where(p => Values.ControlCharacter(p.Name) is null)
            .Select(p => (p.Name.Normalize(NormalizationForm.FormC), p.Value, JsonPath.Combine(path, JsonPath.Key(Values.Printable(p.Name)))))
            .ToList();
    }

    /// <summary>
    /// Reports a property name given twice in one object, or holding a control character, with
    /// its path. System.Text.Json can refuse duplicates only with a message that has no location,
    /// so they are found here. Names are compared after NFC normalization: "Hòa" typed two ways
    /// is the same key.
    /// </summary>
    private static void ReportDuplicates(JsonElement element, string path, List<Problem> problems, Func<string, string> segment)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            var name = property.Name.Normalize(NormalizationForm.FormC);
            var where = JsonPath.Combine(path, segment(Values.Printable(property.Name)));
            if (Values.ControlCharacter(name) is { } control)
                problems.Add(new Problem(where, $"the name holds the control character {control}; names and texts are printable characters only"));
            if (!seen.Add(name))
                problems.Add(new Problem(where, $"{MessageText.Quote(name)} is given more than once in this object"));
        }
    }

    /// <summary>Records a problem found while reading this object.</summary>
    public void Report(Problem problem) => _problems.Add(problem);

    /// <summary>Reports every property that was never read as unknown.</summary>
    public void Finish()
    {
        if (!IsValid) return;
        foreach (var property in _element.EnumerateObject())
        {
            if (_known.Contains(property.Name)) continue;
            _problems.Add(new Problem(PathOf(property.Name),
                $"{MessageText.Quote(property.Name)} is not a property of {_what}; expected {string.Join(", ", _known.Order(StringComparer.Ordinal))}"));
        }
    }

    /// <summary>Reads single JSON values, reporting problems with their path.</summary>
    internal static class Values
    {
        public static string? String(JsonElement e, string path, List<Problem> problems, bool allowBlank = false)
        {
            if (e.ValueKind != JsonValueKind.String)
            {
                problems.Add(new Problem(path, $"{Describe(e)} is not a string"));
                return null;
            }

            var text = e.GetString()!.Normalize(NormalizationForm.FormC);
            if (ControlCharacter(text) is { } control)
            {
                // A control character such as ESC would reach terminals and reports unseen.
                problems.Add(new Problem(path, $"{Describe(e)} holds the control character {control}; texts are printable characters only"));
                return null;
            }

            if (allowBlank || !string.IsNullOrWhiteSpace(text)) return text;
            problems.Add(new Problem(path, "must not be empty"));
            return null;
        }

        public static decimal? Decimal(JsonElement e, string path, List<Problem> problems)
        {
            if (e.ValueKind != JsonValueKind.Number)
            {
                problems.Add(new Problem(path, $"{Describe(e)} is not a number"));
                return null;
            }

            if (e.TryGetDecimal(out var value)) return value;
            problems.Add(new Problem(path, $"{MessageText.Printable(e.GetRawText(), 40)} is beyond the range of numbers FriendlyGov holds exactly (decimal)"));
            return null;
        }

        /// <summary>The first control character (Unicode category Cc) in <paramref name="text"/>, written U+001B; <see langword="null"/> when none.</summary>
        public static string? ControlCharacter(string text)
        {
            foreach (var c in text)
            {
                if (char.IsControl(c)) return $"U+{(int)c:X4}";
            }

            return null;
        }

        /// <summary>A name or value as a path segment or message shows it: see <see cref="MessageText.Printable"/>.</summary>
        /// <remarks>Every property read builds a path: a short, safe name (nearly all) is returned as it is, without a copy.</remarks>
        public static string Printable(string text) =>
            text.Length <= MessageText.DefaultLength && MessageText.FirstUnsafeCharacter(text) is null ? text : MessageText.Printable(text);

        public static string Describe(JsonElement e) => e.ValueKind switch
        {
            JsonValueKind.String => MessageText.Quote(e.GetString()),
            JsonValueKind.Object => "an object",
            JsonValueKind.Array => "an array",
            JsonValueKind.Null => "null",
            _ => MessageText.Printable(e.GetRawText(), 40),
        };
    }
}
