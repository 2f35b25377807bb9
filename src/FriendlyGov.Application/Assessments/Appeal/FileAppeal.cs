namespace FriendlyGov.Application.Assessments.Appeal;

/// <summary>Files an appeal (khiếu nại) against a unit's finalized assessment, reopening it.</summary>
/// <remarks>
/// Who may send it: a province administrator of the round's province.
/// What it changes: Finalized → Reopened, with the appeal's reason kept in the transition; the
/// assessment keeps its last final scorecard until it is appraised and finalized again.
/// Any other state is refused with a <see cref="WorkflowException"/>.
/// What it raises: nothing.
/// </remarks>
/// <param name="RequestId">The client's id for this request.</param>
/// <param name="RoundId">The round.</param>
/// <param name="UnitCode">The unit.</param>
/// <param name="Reason">The appeal's grounds; required.</param>
public sealed record FileAppeal(Guid RequestId, Guid RoundId, string UnitCode, string Reason) : ICommand<Guid>, IAssessmentRequest;
