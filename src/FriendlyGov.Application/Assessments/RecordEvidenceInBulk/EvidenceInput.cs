using FriendlyGov.Domain.Evidence;

namespace FriendlyGov.Application.Assessments.RecordEvidenceInBulk;

/// <summary>One entry of a <see cref="RecordEvidenceInBulk"/>: evidence for one indicator of one unit's assessment.</summary>
/// <param name="UnitCode">The unit; assessed in the round.</param>
/// <param name="IndicatorId">The indicator; it must take evidence of this form.</param>
/// <param name="Evidence">The figures.</param>
/// <param name="Note">A note, if any.</param>
public sealed record EvidenceInput(string UnitCode, string IndicatorId, IndicatorEvidence Evidence, string? Note = null);
