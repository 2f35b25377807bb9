using FriendlyGov.Domain.Assessments;

namespace FriendlyGov.Application.Assessments.Finalize;

/// <summary>Finalizes a unit's appraised assessment: scores it now and fixes that scorecard for good.</summary>
/// <remarks>
/// Who may send it: a province administrator of the round's province.
/// What it changes: Appraised → Finalized; the assessment keeps the scorecard it was finalized
/// with (<see cref="Assessment.FinalScorecard"/>), even if the framework, the evidence or the
/// unit's conduct observations change later. Any other state is refused with a
/// <see cref="WorkflowException"/>.
/// What it raises: <see cref="Notifications.AssessmentFinalized"/>, and
/// <see cref="Notifications.RatingCapped"/> when a cap applies to the scorecard; both published
/// after the change is saved.
/// </remarks>
/// <param name="RequestId">The client's id for this request.</param>
/// <param name="RoundId">The round.</param>
/// <param name="UnitCode">The unit.</param>
public sealed record FinalizeAssessment(Guid RequestId, Guid RoundId, string UnitCode) : ICommand<ScorecardSnapshot>;
