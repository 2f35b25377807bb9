namespace FriendlyGov.Domain.Audit;

/// <summary>
/// Checks an audit trail one entry at a time, in sequence order, so that a trail of any length
/// can be streamed from a database; stops at the first break.
/// </summary>
/// <remarks>
/// At each entry, in this order: a sequence that repeats or goes back is an insertion; one that
/// skips means entries were removed; content that does not match the hash is a change, unless it
/// matches the hash of the sequence one lower (an entry was inserted before it and the rest
/// renumbered) or one higher (an entry was removed and the rest renumbered); a previous hash that
/// is not the hash of the entry before means the entry before was slipped in (when it matches the
/// hash of the entry before that) or that an entry was removed or replaced. Given a checkpoint,
/// the entry at its sequence must also carry its hash, and the trail must reach it: that catches a
/// rewrite that recomputed every hash after it, which the chain alone cannot.
/// </remarks>
/// <param name="checkpoint">A checkpoint the trail must pass through, kept outside the database; optional.</param>
public sealed class AuditChainVerifier(AuditCheckpoint? checkpoint)
{
    private AuditEntry? _previous;
    private string _beforePrevious = string.Empty;

    /// <summary>A verifier of the chain alone.</summary>
    public AuditChainVerifier()
        : this(null)
    {
    }

    /// <summary>How many entries were read.</summary>
    public long Count { get; private set; }

    /// <summary>The first break found, or <see langword="null"/>.</summary>
    public AuditChainBreak? Break { get; private set; }

    /// <summary>
    /// The entries read so far and the first break; with a checkpoint, read it after the last
    /// entry: a trail that ends before the checkpoint's entry is reported broken there.
    /// </summary>
    public AuditChainReport Report => new(Count, Break ?? Unreached()) { LastHash = _previous?.Hash ?? AuditChain.GenesisHash };

    /// <summary>Checks the next entry.</summary>
    /// <param name="entry">The entry after the ones added so far, by stored sequence.</param>
    /// <returns>Whether the chain still holds (after a break, more entries are ignored).</returns>
    public bool Add(AuditEntry entry)
    {
        Guard.Against.Null(entry);
        if (Break is not null) return false;
        Count++;
        Break = Check(entry) ?? Rewritten(entry);
        if (Break is not null) return false;
        _beforePrevious = _previous?.Hash ?? AuditChain.GenesisHash;
        _previous = entry;
        return true;
    }

    private AuditChainBreak? Check(AuditEntry entry)
    {
        var previous = _previous;
        var expected = (previous?.Sequence ?? 0) + 1;
        if (entry.Sequence < expected)
        {
            return Named(entry, AuditBreakKind.Inserted, previous is null
                ? $"the first entry has sequence {entry.Sequence}, not 1"
                : $"its sequence repeats or goes back after entry {previous.Sequence}");
        }

        if (entry.Sequence > expected)
        {
            var missing = entry.Sequence == expected + 1 ? $"entry {expected} is missing" : $"entries {expected} to {entry.Sequence - 1} are missing";
            return Named(entry, AuditBreakKind.Removed, previous is null ? $"{missing} before it, the first entry read" : $"{missing} after entry {previous.Sequence}");
        }

        if (entry.Hash.Length == 0)
            return Named(entry, AuditBreakKind.Changed, "it has no hash: it was never linked into the chain, or its hash was blanked");

        if (!string.Equals(AuditChain.ComputeHash(entry), entry.Hash, StringComparison.Ordinal))
        {
            if (previous is not null && Matches(entry with { Sequence = entry.Sequence - 1 }, entry.Hash))
                return Named(previous, AuditBreakKind.Inserted, $"the entry after it was written as entry {previous.Sequence} and moved up by one");
            if (Matches(entry with { Sequence = entry.Sequence + 1 }, entry.Hash))
                return Named(entry, AuditBreakKind.Removed, $"it was written as entry {entry.Sequence + 1}: an entry before it was removed and the rest renumbered");
            return Named(entry, AuditBreakKind.Changed, "its content does not match its hash");
        }

        var previousHash = previous?.Hash ?? AuditChain.GenesisHash;
        if (string.Equals(entry.PreviousHash, previousHash, StringComparison.Ordinal)) return null;
        if (previous is not null && string.Equals(entry.PreviousHash, _beforePrevious, StringComparison.Ordinal))
            return Named(previous, AuditBreakKind.Inserted, $"the entry after it links to entry {previous.Sequence - 1}, the one before it");
        return Named(entry, AuditBreakKind.Removed, previous is null
            ? $"its previous hash is {Short(entry.PreviousHash)}, not the genesis hash: the entries before it were removed"
            : $"its previous hash is {Short(entry.PreviousHash)}, not entry {previous.Sequence}'s hash {Short(previous.Hash)}: an entry between them was removed, or one of them was replaced");
    }

    private AuditChainBreak? Rewritten(AuditEntry entry) =>
        checkpoint is not null && entry.Sequence == checkpoint.Sequence && !string.Equals(entry.Hash, checkpoint.Hash, StringComparison.Ordinal)
            ? Named(entry, AuditBreakKind.Rewritten, $"its hash is {Short(entry.Hash)}, but the checkpoint of {checkpoint.AtText} vouches for {Short(checkpoint.Hash)}: the trail up to it was rewritten and its hashes recomputed")
            : null;

    private AuditChainBreak? Unreached()
    {
        if (checkpoint is null || Break is not null || Count >= checkpoint.Sequence) return null;
        var missing = Count + 1 == checkpoint.Sequence ? $"entry {checkpoint.Sequence} was" : $"entries {Count + 1} to {checkpoint.Sequence} were";
        return new(AuditBreakKind.Removed, checkpoint.Sequence, Guid.Empty, $"the trail ends at entry {Count}, but the checkpoint of {checkpoint.AtText} vouches for entry {checkpoint.Sequence}: {missing} removed from the end");
    }

    private static bool Matches(AuditEntry moved, string hash) => string.Equals(AuditChain.ComputeHash(moved), hash, StringComparison.Ordinal);

    private static AuditChainBreak Named(AuditEntry entry, AuditBreakKind kind, string reason) => new(kind, entry.Sequence, entry.Id, reason);

    private static string Short(string hash) => hash.Length > 12 ? hash[..12] + "…" : $"'{hash}'";
}
