using FriendlyGov.Application.Assessments;
using FriendlyGov.Application.Authorization;

namespace FriendlyGov.Application.Rounds.GetRoundResult;

/// <summary>Whoever may read the round's ranking reads its published results.</summary>
/// <param name="lookup">Finds the round.</param>
internal sealed class GetRoundResultAuthorizer(AssessmentLookup lookup)
    : RoundAuthorizer<GetRoundResult>(lookup, r => r.RoundId, (actor, round, _) => Rules.RoundReader(actor, round));
