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

    /// <summary>
    /// A comparer for a list of immutable records (evidence entries, an observation's steps): the
    /// snapshot is a shallow copy of the list, and two lists are equal when they hold the same
    /// element instances in the same order.
    /// </summary>
    /// <remarks>
    /// Sound because the domain never changes an element in place: it adds, removes or replaces
    /// one with a new record (<c>with</c>). It costs one list copy per tracked read instead of a
    /// JSON round trip, and one pass of reference checks per save instead of two serializations,
    /// which is most of what a request that reads an assessment with its evidence used to spend.
    /// </remarks>
    /// <typeparam name="TElement">The list's element, an immutable record.</typeparam>
    /// <returns>The comparer.</returns>
    public static ValueComparer<List<TElement>> ImmutableElements<TElement>()
        where TElement : class =>
        new(
            (a, b) => SameElements(a, b),
            list => list.Count,
            list => new List<TElement>(list));

    private static bool SameElements<TElement>(List<TElement>? a, List<TElement>? b)
        where TElement : class
    {
        if (a is null || b is null) return a is null && b is null;
        if (a.Count != b.Count) return false;
        for (var i = 0; i < a.Count; i++)
        {
            if (!ReferenceEquals(a[i], b[i])) return false;
        }

        return true;
    }

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
