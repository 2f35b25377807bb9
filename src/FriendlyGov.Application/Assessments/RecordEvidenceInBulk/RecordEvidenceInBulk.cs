using FriendlyGov.Domain.Evidence;

namespace FriendlyGov.Application.Assessments.RecordEvidenceInBulk;

/// <summary>
/// Records evidence for many indicators of many units' assessments in one round, in one call:
/// all of it is saved, or none.
/// </summary>
/// <remarks>
/// Who may send it: the same actors as <see cref="RecordEvidence.RecordEvidence"/>, for every
/// entry. For <see cref="EvidenceSource.Self"/>, an officer of the unit, so every entry must be
/// about that officer's unit; for <see cref="EvidenceSource.Appraisal"/>, an appraiser of the
/// round's province who belongs to none of the entries' units. One entry the actor may not
/// record refuses the whole call.
/// What it changes: adds each entry to its unit's assessment, in the order given (earlier
/// entries are kept; the latest counts), while each assessment is in a state that takes that
/// source of evidence: a draft for self-assessed evidence, under appraisal or reopened for
/// appraised evidence. Every entry is checked against the round's framework before anything is
/// saved: the <see cref="Validation.ValidationException"/> lists every bad entry by its path,
/// such as <c>entries[12].evidence.value</c>; an assessment in the wrong state fails the call
/// with a <see cref="WorkflowException"/> naming each such unit. The round's
/// assessments that the entries name are read in one query. The audit trail gets an entry about
/// each assessment changed, and one about the round.
/// What it raises: nothing.
/// </remarks>
/// <param name="RequestId">The client's id for this request.</param>
/// <param name="RoundId">The round.</param>
/// <param name="Source">Self-assessment or appraisal, for every entry.</param>
/// <param name="Entries">The entries, at least one.</param>
public sealed record RecordEvidenceInBulk(Guid RequestId, Guid RoundId, EvidenceSource Source, IReadOnlyList<EvidenceInput> Entries) : ICommand<int>;
