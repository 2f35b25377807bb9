using System.Security.Cryptography;
using System.Text.Json;
using FriendlyGov.Domain.Audit;
using FriendlyGov.Frameworks;

namespace FriendlyGov.Infrastructure;

/// <summary>
/// Writes and reads signed audit checkpoints, the <c>friendlygov.checkpoint/1</c> JSON format
/// (docs/formats.md): the sequence and hash of an entry of the audit trail and when they were
/// taken, signed with the province's ECDSA P-256 key.
/// </summary>
/// <remarks>
/// The signature covers <see cref="AuditCheckpoint.SignedBytes"/>, not the JSON text, so the file
/// may be re-indented without breaking it. Keep checkpoints where the database's administrators
/// cannot write (another organization's system, object storage with retention, a transparency
/// log, a printed minute), and the private key away from the database server.
/// </remarks>
public static class AuditCheckpointFile
{
    private const string FormatField = "format";
    private const string SequenceField = "sequence";
    private const string HashField = "hash";
    private const string AtField = "at";
    private const string KeyIdField = "keyId";
    private const string SignatureField = "signature";
    private static readonly string[] Known = ["$schema", FormatField, SequenceField, HashField, AtField, KeyIdField, SignatureField];

    /// <summary>The checkpoint signed with <paramref name="privateKey"/>, as indented UTF-8 JSON.</summary>
    /// <param name="checkpoint">The entry vouched for.</param>
    /// <param name="privateKey">The province's ECDSA P-256 private key.</param>
    /// <returns>The file's bytes.</returns>
    public static byte[] Write(AuditCheckpoint checkpoint, ProvinceKey privateKey)
    {
        Guard.Against.Null(checkpoint);
        Guard.Against.Null(privateKey);
        var signature = privateKey.Sign(checkpoint.SignedBytes(), DSASignatureFormat.Rfc3279DerSequence);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString(FormatField, AuditCheckpoint.Format);
            json.WriteNumber(SequenceField, checkpoint.Sequence);
            json.WriteString(HashField, checkpoint.Hash);
            json.WriteString(AtField, checkpoint.AtText);
            json.WriteString(KeyIdField, privateKey.PublicKeySha256);
            json.WriteString(SignatureField, Convert.ToBase64String(signature));
            json.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    /// <summary>Reads a checkpoint file; the signature is not checked here (<see cref="SignedAuditCheckpoint.IsSignedBy"/>).</summary>
    /// <param name="utf8Json">The file's bytes.</param>
    /// <returns>The checkpoint and its signature.</returns>
    /// <exception cref="InvalidDataException">The bytes are not a <c>friendlygov.checkpoint/1</c> file; the message names the JSON path and the problem.</exception>
    public static SignedAuditCheckpoint Read(ReadOnlyMemory<byte> utf8Json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"$: not JSON: {ex.Message}", ex);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw Problem("$", "must be an object");
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var property in root.EnumerateObject())
            {
                if (!Known.Contains(property.Name)) throw Problem($"$.{property.Name}", "is not a field of a checkpoint");
                if (!seen.Add(property.Name)) throw Problem($"$.{property.Name}", "appears twice");
            }

            var format = Text(root, FormatField);
            if (format != AuditCheckpoint.Format) throw Problem($"$.{FormatField}", $"is '{format}', expected '{AuditCheckpoint.Format}'");
            if (!root.TryGetProperty(SequenceField, out var sequenceValue) || sequenceValue.ValueKind != JsonValueKind.Number || !sequenceValue.TryGetInt64(out var sequence) || sequence < 0)
                throw Problem($"$.{SequenceField}", "must be a whole number, 0 or more");
            var hash = Hex(root, HashField);
            var at = Text(root, AtField);
            if (!AuditCheckpoint.TryParseAt(at, out var instant)) throw Problem($"$.{AtField}", $"'{at}' is not an instant in UTC to the second, such as 2026-12-06T04:30:00Z");
            var keyId = Hex(root, KeyIdField);
            var signature = Text(root, SignatureField);
            var bytes = new byte[signature.Length];
            if (!Convert.TryFromBase64String(signature, bytes, out var length) || length == 0) throw Problem($"$.{SignatureField}", "must be the signature in base64");
            return new SignedAuditCheckpoint(new AuditCheckpoint(sequence, hash, instant), keyId, bytes.AsMemory(0, length));
        }
    }

    private static string Text(JsonElement root, string field) =>
        root.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : throw Problem($"$.{field}", "is missing or not text");

    private static string Hex(JsonElement root, string field)
    {
        var text = Text(root, field);
        return text.Length == 64 && text.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f')
            ? text
            : throw Problem($"$.{field}", "must be 64 lowercase hexadecimal digits");
    }

    private static InvalidDataException Problem(string path, string problem) => new($"{path}: {problem}");
}
