using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace FriendlyGov.Domain.Audit;

/// <summary>
/// The hash chain that makes the audit trail tamper-evident: each entry carries the SHA-256 of its
/// canonical form, which includes the hash of the entry before it, so changing, removing or
/// inserting an entry breaks the chain at that point (<see href="https://github.com/friendlygov/friendlygov/blob/main/docs/audit.md">docs/audit.md</see>).
/// </summary>
/// <remarks>
/// The chain proves the trail was not altered by someone who does not also recompute every hash
/// after the alteration; keep a copy of the latest hash (<c>friendlygov audit verify</c> prints
/// it) somewhere the database's administrators cannot write, to catch that too.
/// </remarks>
public static class AuditChain
{
    /// <summary>The <see cref="AuditEntry.PreviousHash"/> of the first entry: 64 zeros.</summary>
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>The first line of every canonical form, naming its version.</summary>
    public const string CanonicalHeader = "friendlygov-audit-v1";

    private static readonly InstantPattern Microseconds = InstantPattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss'.'ffffff'Z'");

    /// <summary>
    /// The bytes an entry's hash is computed over: the line <c>friendlygov-audit-v1</c>, then one
    /// line per field, each written as its length in UTF-8 bytes (decimal), a colon and the value
    /// in UTF-8, ended by a line feed (0x0A).
    /// </summary>
    /// <remarks>
    /// The fields, in order: the sequence (decimal, no sign or leading zeros); the id (36
    /// lowercase characters, <c>8-4-4-4-12</c>); the instant in UTC as ISO-8601 with exactly six
    /// fractional digits, truncated to the microsecond (PostgreSQL keeps no more), such as
    /// <c>2025-01-10T02:00:00.000000Z</c>; the actor, action, subject and summary, each in
    /// Unicode normalization form C; the previous hash (64 lowercase hexadecimal digits). The
    /// length prefix keeps a line feed or colon inside a value from being mistaken for a
    /// separator.
    /// </remarks>
    /// <param name="entry">The entry, with its <see cref="AuditEntry.Sequence"/> and <see cref="AuditEntry.PreviousHash"/> set.</param>
    /// <returns>The canonical form in UTF-8.</returns>
    public static byte[] CanonicalForm(AuditEntry entry)
    {
        Guard.Against.Null(entry);
        var text = new StringBuilder(CanonicalHeader).Append('\n');
        foreach (var field in Fields(entry))
        {
            text.Append(Encoding.UTF8.GetByteCount(field).ToString(CultureInfo.InvariantCulture)).Append(':').Append(field).Append('\n');
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>The SHA-256 of the entry's <see cref="CanonicalForm"/>, as 64 lowercase hexadecimal digits.</summary>
    /// <param name="entry">The entry, with its sequence and previous hash set.</param>
    /// <returns>The hash the entry should carry.</returns>
    public static string ComputeHash(AuditEntry entry) => Convert.ToHexStringLower(SHA256.HashData(CanonicalForm(entry)));

    /// <summary>Links an entry after another: the next sequence number, the previous entry's hash and its own hash.</summary>
    /// <param name="previous">The last entry of the trail, or <see langword="null"/> when the trail is empty.</param>
    /// <param name="entry">The entry to append; its sequence and hashes, if any, are replaced.</param>
    /// <returns>The linked entry.</returns>
    public static AuditEntry Link(AuditEntry? previous, AuditEntry entry)
    {
        Guard.Against.Null(entry);
        if (previous is { IsLinked: false })
            throw new ArgumentException($"Entry {previous.Id} is not linked, so nothing can be linked after it.", nameof(previous));

        var linked = entry with { Sequence = (previous?.Sequence ?? 0) + 1, PreviousHash = previous?.Hash ?? GenesisHash, Hash = string.Empty };
        return linked with { Hash = ComputeHash(linked) };
    }

    /// <summary>Checks a whole trail, read in sequence order, and names the first entry changed, removed or inserted.</summary>
    /// <param name="entries">Every entry, in sequence order; read once, one at a time.</param>
    /// <param name="checkpoint">A checkpoint kept outside the database that the trail must still pass through; optional.</param>
    /// <returns>How many entries were read and the first break, if any.</returns>
    public static AuditChainReport Verify(IEnumerable<AuditEntry> entries, AuditCheckpoint? checkpoint = null)
    {
        Guard.Against.Null(entries);
        var verifier = new AuditChainVerifier(checkpoint);
        foreach (var entry in entries)
        {
            if (!verifier.Add(entry)) break;
        }

        return verifier.Report;
    }

    private static IEnumerable<string> Fields(AuditEntry entry)
    {
        yield return entry.Sequence.ToString(CultureInfo.InvariantCulture);
        yield return entry.Id.ToString("D");
        yield return Microseconds.Format(Instant.FromUnixTimeTicks(entry.At.ToUnixTimeTicks() - Remainder(entry.At.ToUnixTimeTicks(), 10)));
        yield return Nfc(entry.Actor);
        yield return Nfc(entry.Action);
        yield return Nfc(entry.Subject);
        yield return Nfc(entry.Summary);
        yield return entry.PreviousHash;
    }

    // Truncation toward the past, also before 1970 (where % would round toward zero).
    private static long Remainder(long ticks, long divisor) => ((ticks % divisor) + divisor) % divisor;

    private static string Nfc(string? text) => (text ?? string.Empty).Normalize(NormalizationForm.FormC);
}
