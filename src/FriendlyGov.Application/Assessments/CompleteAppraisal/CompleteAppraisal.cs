namespace FriendlyGov.Application.Assessments.CompleteAppraisal;

/// <summary>Completes (records) the appraisal of a unit's assessment, after the first appraisal or after an appeal.</summary>
/// <remarks>
/// Who may send it: an appraiser of the round's province who does not belong to the unit.
/// What it changes: UnderAppraisal or Reopened → Appraised; the assessment can then be
/// finalized. Any other state is refused with a <see cref="WorkflowException"/>.
/// What it raises: nothing.
/// </remarks>
/// <param name="RequestId">The client's id for this request.</param>
/// <param name="RoundId">The round.</param>
/// <param name="UnitCode">The unit.</param>
public sealed record CompleteAppraisal(Guid RequestId, Guid RoundId, string UnitCode) : ICommand<Guid>, IAssessmentRequest;
