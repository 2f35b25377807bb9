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
            problems.Add(InputFile.TooLarge($"{utf8.Length:N0} bytes", limits.MaxBytes).Under(JsonPath.Root));
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
        if (FirstUnreadableText(utf8.Span, options) is { } unreadable)
        {
            problems.Add(unreadable);
            return null;
        }

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
                : $"not valid JSON{where}: {MessageText.Printable(FirstSentence(ex.Message), 200)}";
            problems.Add(new Problem(JsonPath.Root, message));
            return null;
        }
    }

    /// <summary>
    /// Whether <paramref name="utf8"/> is a JSON object whose top-level <c>format</c> is
    /// <paramref name="format"/>. Used before reading a file that another file names, so that a file
    /// of another kind (another app's settings, /etc/passwd) is refused without quoting any of it.
    /// </summary>
    public static bool IsFormat(ReadOnlySpan<byte> utf8, string format)
    {
        if (utf8.StartsWith(ByteOrderMark)) utf8 = utf8[ByteOrderMark.Length..];
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = JsonLimits.DefaultMaxDepth });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isFormat = reader.ValueTextEquals("format");
                if (!reader.Read()) return false;
                if (isFormat) return reader.TokenType == JsonTokenType.String && reader.ValueTextEquals(format);
                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // Not JSON: not of the format either, and the parser's message would quote the file.
        }

        return false;
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

    /// <summary>
    /// The first byte sequence that is not UTF-8, or the first string or name whose escapes are
    /// not text (<c>\ud800</c> without its pair). The parser lets both through and fails only when
    /// the string is read, with an exception that says neither where nor what.
    /// </summary>
    private static Problem? FirstUnreadableText(ReadOnlySpan<byte> utf8, JsonDocumentOptions options)
    {
        if (!System.Text.Unicode.Utf8.IsValid(utf8)
            && System.Text.Unicode.Utf8.ToUtf16(utf8, new char[utf8.Length], out var valid, out _, replaceInvalidSequences: false) == System.Buffers.OperationStatus.InvalidData)
            return new Problem(JsonPath.Root, $"not valid UTF-8 at {Where(utf8, (int)valid)}: FriendlyGov reads JSON files in UTF-8");

        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions
        {
            AllowTrailingCommas = options.AllowTrailingCommas,
            CommentHandling = options.CommentHandling,
            MaxDepth = options.MaxDepth,
        });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.PropertyName) || !reader.ValueIsEscaped) continue;
                try
                {
                    reader.GetString();
                }
                catch (InvalidOperationException)
                {
                    return new Problem(JsonPath.Root, $"the string at {Where(utf8, (int)reader.TokenStartIndex)} holds an escape that is not text, such as \\ud800 without its pair");
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON: the parser reports it with its line and column.
        }

        return null;
    }

    /// <summary>The line and column of a byte offset, both from 1, columns counted in bytes as the parser does.</summary>
    private static string Where(ReadOnlySpan<byte> utf8, int offset)
    {
        var before = utf8[..offset];
        var line = before.Count((byte)'\n') + 1;
        var column = offset - (before.LastIndexOf((byte)'\n') + 1) + 1;
        return $"line {line}, column {column}";
    }

    private static string FirstSentence(string message)
    {
        // System.Text.Json appends "Path: $ | LineNumber: …" which repeats what we already say.
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd();
    }
}
