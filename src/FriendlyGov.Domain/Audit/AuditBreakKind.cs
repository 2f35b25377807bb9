namespace FriendlyGov.Domain.Audit;

/// <summary>How the audit chain was found broken.</summary>
public enum AuditBreakKind
{
    /// <summary>The entry's content no longer matches its hash: it was changed after it was written.</summary>
    Changed,

    /// <summary>One or more entries before this one are missing: its sequence skips, or it does not follow the entry now before it.</summary>
    Removed,

    /// <summary>The entry does not belong where it stands: its sequence repeats or goes back, or it was slipped in between two entries.</summary>
    Inserted,

    /// <summary>
    /// The chain holds, but the entry at a checkpoint's sequence no longer has the hash the
    /// checkpoint vouches for: the trail up to it was rewritten (entries changed, inserted,
    /// reordered or removed) and every hash after the change recomputed.
    /// </summary>
    Rewritten,
}
