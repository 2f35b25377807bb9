namespace FriendlyGov.Application.Assessments.GetAssessment;

/// <summary>A unit's assessment in a round as it stands: its state, version and every evidence entry.</summary>
/// <remarks>
/// Who may send it: an officer of the unit, or an appraiser or administrator of the round's
/// province (rule <c>reader-in-scope</c>).
/// What it returns: <see cref="AssessmentDetails"/>: the state, the version a concurrent change
/// would be checked against, when it was submitted and finalized, the appeals, and every evidence
/// entry, self-assessed and appraised, with who recorded it and when, in the order recorded.
/// What it changes: nothing. What it raises: nothing.
/// </remarks>
/// <param name="RoundId">The round.</param>
/// <param name="UnitCode">The unit; it must be assessed in the round.</param>
public sealed record GetAssessment(Guid RoundId, string UnitCode) : IQuery<AssessmentDetails>;
