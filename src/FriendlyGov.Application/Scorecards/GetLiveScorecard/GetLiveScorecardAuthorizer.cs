using FriendlyGov.Application.Assessments;
using FriendlyGov.Application.Authorization;

namespace FriendlyGov.Application.Scorecards.GetLiveScorecard;

/// <summary>The unit's officer, or an appraiser or administrator of the round's province, reads its live scorecard.</summary>
/// <param name="lookup">Finds the round.</param>
internal sealed class GetLiveScorecardAuthorizer(AssessmentLookup lookup)
    : RoundAuthorizer<GetLiveScorecard>(lookup, r => r.RoundId, (actor, round, r) => Rules.ReaderOf(actor, round.Province, r.UnitCode));
