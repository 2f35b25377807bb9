using FriendlyGov.Domain.Evidence;

namespace FriendlyGov.Application.Assessments.RecordEvidence;

/// <summary>Records evidence for one indicator of a unit's assessment: self-assessed or appraised.</summary>
/// <remarks>
/// Who may send it: for <see cref="EvidenceSource.Self"/>, an officer of the unit, while the
/// assessment is a draft; for <see cref="EvidenceSource.Appraisal"/>, an appraiser of the round's
/// province who does not belong to the unit, while it is under appraisal or reopened.
/// What it changes: adds an evidence entry (earlier entries are kept; the latest counts).
/// What it raises: nothing.
/// </remarks>
/// <param name="RequestId">The client's id for this request.</param>
/// <param name="RoundId">The round.</param>
/// <param name="UnitCode">The unit.</param>
/// <param name="IndicatorId">The indicator; it must take evidence of this form.</param>
/// <param name="Source">Self-assessment or appraisal.</param>
/// <param name="Evidence">The figures.</param>
/// <param name="Note">A note, if any.</param>
public sealed record RecordEvidence(Guid RequestId, Guid RoundId, string UnitCode, string IndicatorId, EvidenceSource Source, IndicatorEvidence Evidence, string? Note = null) : ICommand<int>, IAssessmentRequest;
