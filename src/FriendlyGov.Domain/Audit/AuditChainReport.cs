namespace FriendlyGov.Domain.Audit;

/// <summary>The outcome of verifying an audit trail.</summary>
/// <param name="Entries">How many entries were read (up to and including the first broken one).</param>
/// <param name="Break">The first break, or <see langword="null"/> when the chain is intact.</param>
public sealed record AuditChainReport(long Entries, AuditChainBreak? Break)
{
    /// <summary>
    /// The hash of the last entry that holds (<see cref="AuditChain.GenesisHash"/> for an empty
    /// trail): kept outside the database, it lets a later check see that nothing was rewritten
    /// wholesale up to that entry.
    /// </summary>
    public string LastHash { get; init; } = AuditChain.GenesisHash;

    /// <summary>Whether every entry read is where it was written, unchanged.</summary>
    public bool IsIntact => Break is null;

    /// <inheritdoc />
    public override string ToString() => Break is null ? $"{Entries} entries, chain intact" : $"chain broken: {Break}";
}
