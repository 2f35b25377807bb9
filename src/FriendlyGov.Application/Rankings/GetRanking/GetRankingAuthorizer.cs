using FriendlyGov.Application.Assessments;
using FriendlyGov.Application.Authorization;

namespace FriendlyGov.Application.Rankings.GetRanking;

/// <summary>Anyone with a role in the round's province, or an officer of a unit in the round, reads its ranking.</summary>
/// <remarks>
/// The round is read once per request, untracked, here: the handler reads only the standings, so
/// a ranking never keeps a tracked copy of the round's list of unit codes.
/// </remarks>
/// <param name="lookup">Finds the round.</param>
internal sealed class GetRankingAuthorizer(AssessmentLookup lookup)
    : RecordAuthorizer<GetRanking, Domain.Assessments.AssessmentRound>(
        (request, cancellationToken) => lookup.RoundToReadAsync(request.RoundId, cancellationToken),
        (actor, round, _) => Rules.RoundReader(actor, round));
