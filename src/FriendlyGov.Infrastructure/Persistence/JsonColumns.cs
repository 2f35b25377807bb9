using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
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
    /// A converter between a list and its JSON array, whose text is the serializer's for the whole
    /// list: for a list of flat records (an observation's steps, whose fields are all text, names
    /// and instants), each element is written in turn into a buffer kept per thread.
    /// </summary>
    /// <remarks>
    /// A bulk write converts up to 100,000 lists, one per row. Serialized whole, each list of
    /// records made the serializer allocate a stack of frames of its own (about 270 bytes a row,
    /// a third of the conversion); an element at the top level needs none when its fields are
    /// plain values. A list of nested records (evidence entries) is serialized whole, once, as
    /// before, since element by element it would take one stack per element.
    /// </remarks>
    /// <typeparam name="TElement">The element.</typeparam>
    /// <returns>The converter.</returns>
    public static ValueConverter<List<TElement>, string> ListConverter<TElement>() =>
        IsFlatRecord(typeof(TElement))
            ? new(list => FlatList.Write(list), json => JsonSerializer.Deserialize<List<TElement>>(json, Options)!)
            : Converter<List<TElement>>();

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

    // A record whose every field the serializer writes as one value (text, number, enum name, instant).
    private static bool IsFlatRecord(Type type)
    {
        var info = Options.GetTypeInfo(type);
        return info.Kind == JsonTypeInfoKind.Object && info.Properties.All(p => Options.GetTypeInfo(p.PropertyType).Kind == JsonTypeInfoKind.None);
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

        // Fixed now, with the reflection resolver the serializer would add on first use, so that
        // IsFlatRecord can read the types' metadata before anything is serialized.
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    // Writes a list element by element into a writer and buffer kept per thread: a converter is
    // called synchronously, so a thread writes one list at a time.
    private static class FlatList
    {
        // A buffer grown past this by a long list is let go rather than kept for the thread.
        private const int KeptBytes = 64 * 1024;

        [ThreadStatic]
        private static ArrayBufferWriter<byte>? t_buffer;

        [ThreadStatic]
        private static Utf8JsonWriter? t_writer;

        public static string Write<TElement>(List<TElement> list)
        {
            var buffer = t_buffer ??= new ArrayBufferWriter<byte>(1024);
            var writer = t_writer ??= new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Options.Encoder });
            buffer.ResetWrittenCount();
            writer.Reset(buffer);
            writer.WriteStartArray();
            foreach (var element in list) JsonSerializer.Serialize(writer, element, Options);
            writer.WriteEndArray();
            writer.Flush();
            var json = Encoding.UTF8.GetString(buffer.WrittenSpan);
            if (buffer.Capacity > KeptBytes)
            {
                t_buffer = null;
                t_writer = null;
            }

            return json;
        }
    }
}
