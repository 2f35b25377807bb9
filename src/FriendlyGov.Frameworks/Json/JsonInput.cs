using System.Text.Json;
using FriendlyGov.Domain;

namespace FriendlyGov.Frameworks.Json;

/// <summary>Parses a document strictly: no comments, no trailing commas, no duplicate property names.</summary>
internal static class JsonInput
{
    private static readonly JsonDocumentOptions Options = new()
    {
        // Duplicates are reported with their path by ObjectReader, which the parser cannot do.
        AllowDuplicateProperties = true,
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
        MaxDepth = 64,
    };

    /// <summary>Parses <paramref name="utf8"/>, or reports why it is not JSON.</summary>
    public static JsonDocument? Parse(ReadOnlyMemory<byte> utf8, List<Problem> problems)
    {
        try
        {
            return JsonDocument.Parse(utf8, Options);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line
                ? $" at line {line + 1}, column {(ex.BytePositionInLine ?? 0) + 1}"
                : string.Empty;
            problems.Add(new Problem(JsonPath.Root, $"not valid JSON{where}: {FirstSentence(ex.Message)}"));
            return null;
        }
    }

    /// <summary>
    /// Parses a whole document and reads its root with <paramref name="read"/>, throwing every
    /// problem found at once, each under the document's name.
    /// </summary>
    public static T Read<T>(ReadOnlyMemory<byte> utf8, string document, Func<JsonElement, List<Problem>, T?> read)
        where T : class
    {
        var problems = new List<Problem>();
        using var json = Parse(utf8, problems);
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
