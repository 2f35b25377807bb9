using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using FriendlyGov.Domain;

namespace FriendlyGov.Frameworks.Json;

/// <summary>Writes JSON the same way every time: indented, Vietnamese text unescaped, figures without trailing zeros.</summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    /// <summary>Writes a document with <paramref name="write"/> and returns its UTF-8 bytes.</summary>
    public static byte[] Write(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    /// <summary>Writes a figure with no trailing zeros: 15, not 15.00.</summary>
    public static void Number(this Utf8JsonWriter writer, string name, decimal value)
    {
        writer.WritePropertyName(name);
        writer.Number(value);
    }

    /// <summary>Writes a figure with no trailing zeros: 15, not 15.00.</summary>
    public static void Number(this Utf8JsonWriter writer, decimal value) =>
        writer.WriteNumberValue(decimal.Parse(Figures.Format(value), NumberStyles.Float, CultureInfo.InvariantCulture));

    /// <summary>Writes a bilingual text.</summary>
    public static void Text(this Utf8JsonWriter writer, string name, LocalizedText text)
    {
        writer.WriteStartObject(name);
        writer.WriteString("vi", text.Vi);
        writer.WriteString("en", text.En);
        writer.WriteEndObject();
    }
}
