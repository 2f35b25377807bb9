namespace FriendlyGov.Domain.Audit;

/// <summary>The first place where the audit chain does not hold.</summary>
/// <param name="Kind">Whether an entry was changed, removed or inserted.</param>
/// <param name="Sequence">The sequence number of the entry named (as stored), or of the checkpoint's entry the trail no longer reaches.</param>
/// <param name="Id">The id of the entry named; <see cref="Guid.Empty"/> when the entry is missing (the trail ends before a checkpoint's entry).</param>
/// <param name="Reason">What was found, in a sentence, such as "its content does not match its hash".</param>
public sealed record AuditChainBreak(AuditBreakKind Kind, long Sequence, Guid Id, string Reason)
{
    /// <inheritdoc />
    public override string ToString() => Id == Guid.Empty ? $"entry {Sequence} is missing: {Reason}" : $"entry {Sequence} ({Id}) {Kind switch
    {
        AuditBreakKind.Changed => "was changed",
        AuditBreakKind.Removed => "follows a removed entry",
        AuditBreakKind.Rewritten => "was rewritten",
        _ => "was inserted",
    }}: {Reason}";
}
