using FriendlyGov.Application.Assessments;
using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Ports;

namespace FriendlyGov.Application.Rankings.GetRanking;

/// <summary>Anyone with a role in the round's province, or an officer of a unit in the round, reads its ranking.</summary>
/// <param name="lookup">Finds the round.</param>
internal sealed class GetRankingAuthorizer(AssessmentLookup lookup) : IRequestAuthorizer<GetRanking>
{
    /// <inheritdoc />
    public async Task<AuthorizationDecision> AuthorizeAsync(GetRanking request, Actor actor, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        var round = await lookup.RoundAsync(request.RoundId, cancellationToken).ConfigureAwait(false);
        return Rules.RoundReader(actor, round);
    }
}
