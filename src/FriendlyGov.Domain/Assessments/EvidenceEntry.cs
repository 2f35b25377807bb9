using FriendlyGov.Domain.Evidence;
using NodaTime;

namespace FriendlyGov.Domain.Assessments;

/// <summary>One piece of evidence recorded for an indicator: what, by whom, when, and a note.</summary>
/// <param name="IndicatorId">The indicator.</param>
/// <param name="Source">Self-assessment or appraisal.</param>
/// <param name="Evidence">The figures.</param>
/// <param name="By">Who recorded it.</param>
/// <param name="At">When.</param>
/// <param name="Note">A note, if any.</param>
public sealed record EvidenceEntry(string IndicatorId, EvidenceSource Source, IndicatorEvidence Evidence, string By, Instant At, string? Note = null);
