using NodaTime;

namespace FriendlyGov.Domain.Assessments.Events;

/// <summary>An assessment moved from one state to another.</summary>
/// <param name="AssessmentId">The assessment.</param>
/// <param name="UnitCode">Its unit.</param>
/// <param name="From">The state it left.</param>
/// <param name="To">The state it entered.</param>
/// <param name="By">Who moved it.</param>
/// <param name="At">When.</param>
/// <param name="Reason">Why, where the transition needs one (an appeal), or a remark such as "late".</param>
public sealed record AssessmentTransitioned(Guid AssessmentId, string UnitCode, AssessmentState From, AssessmentState To, string By, Instant At, string? Reason = null) : IDomainEvent;
