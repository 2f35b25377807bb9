using NodaTime;

namespace FriendlyGov.Domain.Audit;

/// <summary>
/// One line of the append-only audit trail: who did what, to what, and when. Entries are only
/// ever added, never changed or removed.
/// </summary>
/// <remarks>
/// An entry is created unlinked (<see cref="Sequence"/> 0, empty hashes); the store links it into
/// the hash chain with <see cref="AuditChain.Link"/> when it commits it, so that the committed
/// trail is tamper-evident (<see href="https://github.com/friendlygov/friendlygov/blob/main/docs/audit.md">docs/audit.md</see>).
/// </remarks>
/// <param name="Id">The entry's identity.</param>
/// <param name="At">When the command was accepted, by the clock.</param>
/// <param name="Actor">Who sent it (an actor's id).</param>
/// <param name="Action">What was done: the request's name, such as <c>FinalizeAssessment</c>.</param>
/// <param name="Subject">What it was done to, such as <c>assessment/{id}</c> or <c>round/{id}</c>.</param>
/// <param name="Summary">What changed, in a sentence.</param>
public sealed record AuditEntry(Guid Id, Instant At, string Actor, string Action, string Subject, string Summary)
{
    /// <summary>The entry's place in the trail: 1 for the first committed entry, then 2, 3… without gaps; 0 while not yet committed.</summary>
    public long Sequence { get; init; }

    /// <summary>The <see cref="Hash"/> of the entry before it (<see cref="AuditChain.GenesisHash"/> for the first); empty while not yet committed.</summary>
    public string PreviousHash { get; init; } = string.Empty;

    /// <summary>The SHA-256 of the entry's canonical form, 64 lowercase hexadecimal digits (<see cref="AuditChain.ComputeHash"/>); empty while not yet committed.</summary>
    public string Hash { get; init; } = string.Empty;

    /// <summary>Whether the entry was linked into the chain, as committed entries are.</summary>
    public bool IsLinked => Hash.Length > 0;
}
