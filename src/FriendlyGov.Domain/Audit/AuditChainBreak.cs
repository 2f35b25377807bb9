namespace FriendlyGov.Domain.Audit;

/// <summary>The first place where the audit chain does not hold.</summary>
/// <param name="Kind">Whether an entry was changed, removed or inserted.</param>
/// <param name="Sequence">The sequence number of the entry named (as stored).</param>
/// <param name="Id">The id of the entry named.</param>
/// <param name="Reason">What was found, in a sentence, such as "its content does not match its hash".</param>
public sealed record AuditChainBreak(AuditBreakKind Kind, long Sequence, Guid Id, string Reason)
{
    /// <inheritdoc />
    public override string ToString() => $"entry {Sequence} ({Id}) {Kind switch
    {
        AuditBreakKind.Changed => "was changed",
        AuditBreakKind.Removed => "follows a removed entry",
        _ => "was inserted",
    }}: {Reason}";
}
