using FriendlyGov.Domain.Evidence;
using NodaTime;

namespace FriendlyGov.Domain.Assessments.Events;

/// <summary>Evidence was recorded for one indicator of an assessment.</summary>
/// <param name="AssessmentId">The assessment.</param>
/// <param name="IndicatorId">The indicator.</param>
/// <param name="Source">Self-assessment or appraisal.</param>
/// <param name="By">Who recorded it.</param>
/// <param name="At">When.</param>
public sealed record EvidenceRecorded(Guid AssessmentId, string IndicatorId, EvidenceSource Source, string By, Instant At) : IDomainEvent;
