namespace FriendlyGov.Application.Assessments.StartAppraisal;

/// <summary>Starts the appraisal (thẩm định) of a unit's submitted self-assessment.</summary>
/// <remarks>
/// Who may send it: an appraiser of the round's province who does not belong to the unit.
/// What it changes: SelfAssessmentSubmitted → UnderAppraisal; from then on appraised evidence
/// can be recorded. Any other state is refused with a <see cref="WorkflowException"/>.
/// What it raises: nothing.
/// </remarks>
/// <param name="RequestId">The client's id for this request.</param>
/// <param name="RoundId">The round.</param>
/// <param name="UnitCode">The unit.</param>
public sealed record StartAppraisal(Guid RequestId, Guid RoundId, string UnitCode) : ICommand<Guid>, IAssessmentRequest;
