using NodaTime;

namespace FriendlyGov.Application.Assessments.SubmitSelfAssessment;

/// <summary>What submitting a self-assessment did.</summary>
/// <param name="AssessmentId">The assessment.</param>
/// <param name="SubmittedAt">When it was submitted.</param>
/// <param name="Late">Whether it was after the deadline.</param>
public sealed record SubmissionResult(Guid AssessmentId, Instant SubmittedAt, bool Late);
