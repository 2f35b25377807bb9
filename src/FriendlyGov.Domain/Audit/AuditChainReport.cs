namespace FriendlyGov.Domain.Audit;

/// <summary>The outcome of verifying an audit trail.</summary>
/// <param name="Entries">How many entries were read (up to and including the first broken one).</param>
/// <param name="Break">The first break, or <see langword="null"/> when the chain is intact.</param>
public sealed record AuditChainReport(long Entries, AuditChainBreak? Break)
{
    /// <summary>Whether every entry read is where it was written, unchanged.</summary>
    public bool IsIntact => Break is null;

    /// <inheritdoc />
    public override string ToString() => Break is null ? $"{Entries} entries, chain intact" : $"chain broken: {Break}";
}
