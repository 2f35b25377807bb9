using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace FriendlyGov.Domain.Audit;

/// <summary>
/// A point of the audit trail vouched for outside the database: the sequence of an entry, the
/// hash it had and when that was taken. Signed and kept where the database's administrators
/// cannot write, it shows a later rewrite of the trail up to that entry, even one that
/// recomputed every hash (docs/audit.md).
/// </summary>
/// <param name="Sequence">The entry's sequence; 0 for an empty trail.</param>
/// <param name="Hash">The entry's hash, 64 lowercase hexadecimal digits (<see cref="AuditChain.GenesisHash"/> for an empty trail).</param>
/// <param name="At">When the checkpoint was taken; kept to the second.</param>
public sealed record AuditCheckpoint(long Sequence, string Hash, Instant At)
{
    /// <summary>The name and version of the checkpoint format, the first line of the bytes signed.</summary>
    public const string Format = "friendlygov.checkpoint/1";

    private static readonly InstantPattern Seconds = InstantPattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss'Z'");

    /// <summary>The instant as written in a checkpoint: ISO-8601 in UTC, to the second, such as <c>2026-12-06T04:30:00Z</c>.</summary>
    public string AtText => Seconds.Format(At);

    /// <summary>
    /// The exact bytes signed: UTF-8 text of four lines, each ended by a line feed (0x0A): the
    /// format <c>friendlygov.checkpoint/1</c>, the sequence in decimal, the hash and the
    /// <see cref="AtText"/>.
    /// </summary>
    /// <returns>The bytes a signature covers.</returns>
    public byte[] SignedBytes() =>
        Encoding.UTF8.GetBytes($"{Format}\n{Sequence.ToString(CultureInfo.InvariantCulture)}\n{Hash}\n{AtText}\n");

    /// <summary>Reads an instant written as <see cref="AtText"/>.</summary>
    /// <param name="text">Such as <c>2026-12-06T04:30:00Z</c>.</param>
    /// <param name="at">The instant.</param>
    /// <returns>Whether the text is an instant to the second in that exact form.</returns>
    public static bool TryParseAt(string text, out Instant at)
    {
        var parsed = Seconds.Parse(text ?? string.Empty);
        at = parsed.Success ? parsed.Value : default;
        return parsed.Success;
    }

    /// <summary>A checkpoint of a trail's last entry, taken at <paramref name="at"/> (truncated to the second).</summary>
    /// <param name="sequence">The last entry's sequence.</param>
    /// <param name="hash">Its hash.</param>
    /// <param name="at">Now, by the clock.</param>
    /// <returns>The checkpoint.</returns>
    public static AuditCheckpoint Of(long sequence, string hash, Instant at) =>
        new(sequence, hash, Instant.FromUnixTimeSeconds(at.ToUnixTimeSeconds()));
}
