using FriendlyGov.Domain.Assessments;

namespace FriendlyGov.Application.Scorecards.GetLiveScorecard;

/// <summary>A unit's scorecard in a round as it stands now: its evidence and its conduct observations, scored at the moment of asking.</summary>
/// <remarks>
/// Who may send it: an officer of the unit, or an appraiser or administrator of the round's
/// province (rule <c>reader-in-scope</c>).
/// What it returns: the scorecard's figures (total, rating, points per group and indicator, caps
/// that apply, missing evidence, explanations), whatever state the assessment is in; the
/// appraised evidence counts instead of the self-assessed where both exist.
/// What it changes: nothing. What it raises: nothing.
/// </remarks>
/// <param name="RoundId">The round.</param>
/// <param name="UnitCode">The unit; it must be assessed in the round.</param>
public sealed record GetLiveScorecard(Guid RoundId, string UnitCode) : IQuery<ScorecardSnapshot>;
