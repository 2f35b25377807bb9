using FriendlyGov.Application.Assessments;
using FriendlyGov.Application.Authorization;

namespace FriendlyGov.Application.Rankings.GetRanking;

/// <summary>Anyone with a role in the round's province, or an officer of a unit in the round, reads its ranking.</summary>
/// <param name="lookup">Finds the round.</param>
internal sealed class GetRankingAuthorizer(AssessmentLookup lookup)
    : RoundAuthorizer<GetRanking>(lookup, r => r.RoundId, (actor, round, _) => Rules.RoundReader(actor, round));
