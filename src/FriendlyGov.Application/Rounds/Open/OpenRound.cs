using NodaTime;

namespace FriendlyGov.Application.Rounds.Open;

/// <summary>Opens an assessment round: one framework, one period, the units in it, and its deadlines.</summary>
/// <remarks>
/// Who may send it: a province administrator of <see cref="Province"/>.
/// What it changes: adds the round and a draft assessment for each of its units.
/// What it raises: nothing.
/// </remarks>
/// <param name="RequestId">The client's id for this request.</param>
/// <param name="Framework">The framework's name, <c>id@version</c>, known to the deployment.</param>
/// <param name="Period">The period, written as the framework's period kind: <c>2024</c>, <c>2024-Q2</c>, ….</param>
/// <param name="Province">The province running the round.</param>
/// <param name="UnitCodes">The units assessed: registered, of the province, of a kind the framework applies to, existing through the period.</param>
/// <param name="SelfAssessmentDeadline">The last day to submit a self-assessment, in Vietnam.</param>
/// <param name="AppraisalDeadline">The last day to complete appraisal.</param>
/// <param name="RefuseLateSubmissions">Whether a late self-assessment is refused rather than recorded as late.</param>
public sealed record OpenRound(
    Guid RequestId,
    string Framework,
    string Period,
    string Province,
    IReadOnlyList<string> UnitCodes,
    LocalDate SelfAssessmentDeadline,
    LocalDate AppraisalDeadline,
    bool RefuseLateSubmissions = false) : ICommand<Guid>;
