using System.Text.Json;
using FriendlyGov.Domain;

namespace FriendlyGov.Frameworks.Json;

/// <summary>Parses a document strictly: no comments, no trailing commas, no duplicate property names.</summary>
internal static class JsonInput
{
    /// <summary>The UTF-8 byte-order mark that some Windows editors put at the start of a file.</summary>
    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    /// <summary>
    /// Parses <paramref name="utf8"/>, or reports why it is not JSON. A leading UTF-8 byte-order
    /// mark is skipped; a document over the size or nesting limit is refused.
    /// </summary>
    public static JsonDocument? Parse(ReadOnlyMemory<byte> utf8, List<Problem> problems, JsonLimits? limits = null)
    {
        limits ??= JsonLimits.Default;
        if (utf8.Length > limits.MaxBytes)
        {
            problems.Add(FileInput.TooLarge($"{utf8.Length:N0} bytes", limits.MaxBytes).Under(JsonPath.Root));
            return null;
        }

        if (utf8.Span.StartsWith(ByteOrderMark)) utf8 = utf8[ByteOrderMark.Length..];
        var options = new JsonDocumentOptions
        {
            // Duplicates are reported with their path by ObjectReader, which the parser cannot do.
            AllowDuplicateProperties = true,
            AllowTrailingCommas = false,
            CommentHandling = JsonCommentHandling.Disallow,
            MaxDepth = limits.MaxDepth,
        };
        try
        {
            return JsonDocument.Parse(utf8, options);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line
                ? $" at line {line + 1}, column {(ex.BytePositionInLine ?? 0) + 1}"
                : string.Empty;
            var message = ex.Message.Contains("maximum configured depth", StringComparison.Ordinal)
                ? $"arrays and objects are nested more than {limits.MaxDepth} levels deep{where} (JsonLimits.MaxDepth)"
                : $"not valid JSON{where}: {FirstSentence(ex.Message)}";
            problems.Add(new Problem(JsonPath.Root, message));
            return null;
        }
    }

    /// <summary>
    /// Parses a whole document and reads its root with <paramref name="read"/>, throwing every
    /// problem found at once, each under the document's name.
    /// </summary>
    public static T Read<T>(ReadOnlyMemory<byte> utf8, string document, Func<JsonElement, List<Problem>, T?> read, JsonLimits? limits = null)
        where T : class
    {
        var problems = new List<Problem>();
        using var json = Parse(utf8, problems, limits);
        var value = json is null ? null : read(json.RootElement, problems);
        InvalidInputException.ThrowIfAny(problems, document);
        return value!;
    }

    /// <summary>
    /// Builds a domain object whose constructor checks the whole of it, adding what it refuses
    /// to <paramref name="problems"/> with paths from the document's root.
    /// </summary>
    public static T? Construct<T>(Func<T> create, List<Problem> problems)
        where T : class
    {
        try
        {
            return create();
        }
        catch (InvalidInputException ex)
        {
            problems.AddRange(ex.Problems.Select(p => p.Under(JsonPath.Root)));
            return null;
        }
    }

    private static string FirstSentence(string message)
    {
        // System.Text.Json appends "Path: $ | LineNumber: …" which repeats what we already say.
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd();
    }
}
