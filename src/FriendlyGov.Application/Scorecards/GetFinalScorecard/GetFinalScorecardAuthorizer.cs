using FriendlyGov.Application.Assessments;
using FriendlyGov.Application.Authorization;

namespace FriendlyGov.Application.Scorecards.GetFinalScorecard;

/// <summary>The unit's officer, or an appraiser or administrator of the round's province, reads its final scorecard.</summary>
/// <param name="lookup">Finds the round.</param>
internal sealed class GetFinalScorecardAuthorizer(AssessmentLookup lookup)
    : RoundAuthorizer<GetFinalScorecard>(lookup, r => r.RoundId, (actor, round, r) => Rules.ReaderOf(actor, round.Province, r.UnitCode));
