namespace FriendlyGov.Application.Assessments.SubmitSelfAssessment;

/// <summary>Submits a unit's self-assessment for appraisal.</summary>
/// <remarks>
/// Who may send it: an officer of the unit.
/// What it changes: Draft → SelfAssessmentSubmitted; after the round's deadline it is recorded
/// as late, or refused where the round refuses late submissions.
/// What it raises: nothing.
/// </remarks>
/// <param name="RequestId">The client's id for this request.</param>
/// <param name="RoundId">The round.</param>
/// <param name="UnitCode">The unit.</param>
public sealed record SubmitSelfAssessment(Guid RequestId, Guid RoundId, string UnitCode) : ICommand<SubmissionResult>, IAssessmentRequest;
