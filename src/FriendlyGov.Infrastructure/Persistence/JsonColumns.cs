using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace FriendlyGov.Infrastructure.Persistence;

/// <summary>
/// Stores a part of an aggregate that is a value (evidence entries, a final scorecard, an
/// observation's history) as one JSON text column, the same on every provider.
/// </summary>
internal static class JsonColumns
{
    /// <summary>The serializer settings: NodaTime types as ISO text, enums by name, Vietnamese text unescaped.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>A converter between <typeparamref name="T"/> and its JSON text.</summary>
    public static ValueConverter<T, string> Converter<T>() =>
        new(value => JsonSerializer.Serialize(value, Options), json => JsonSerializer.Deserialize<T>(json, Options)!);

    /// <summary>
    /// A comparer that sees a change inside a list or record: two values are equal when their
    /// JSON is, and the snapshot is a deep copy made through JSON.
    /// </summary>
    public static ValueComparer<T> Comparer<T>() =>
        new(
            (a, b) => JsonSerializer.Serialize(a, Options) == JsonSerializer.Serialize(b, Options),
            value => JsonSerializer.Serialize(value, Options).GetHashCode(StringComparison.Ordinal),
            value => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, Options), Options)!);

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        return options;
    }
}
