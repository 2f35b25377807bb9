using FriendlyGov.Domain.Assessments;

namespace FriendlyGov.Application.Scorecards.GetFinalScorecard;

/// <summary>A unit's final scorecard in a round: the one kept at its last finalization.</summary>
/// <remarks>
/// Who may send it: an officer of the unit, or an appraiser or administrator of the round's
/// province (rule <c>reader-in-scope</c>).
/// What it returns: the scorecard fixed at the last finalization, unchanged by later evidence or
/// framework changes; while reopened on appeal, still the last one; <see langword="null"/> when
/// the assessment was never finalized.
/// What it changes: nothing. What it raises: nothing.
/// </remarks>
/// <param name="RoundId">The round.</param>
/// <param name="UnitCode">The unit; it must be assessed in the round.</param>
public sealed record GetFinalScorecard(Guid RoundId, string UnitCode) : IQuery<ScorecardSnapshot?>;
