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

    private static string FirstSentence(string message)
    {
        // System.Text.Json appends "Path: $ | LineNumber: …" which repeats what we already say.
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd();
    }
}
