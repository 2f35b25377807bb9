using FriendlyGov.Application.Assessments;
using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Ports;

namespace FriendlyGov.Application.Scorecards.GetLiveScorecard;

/// <summary>The unit's officer, or an appraiser or administrator of the round's province, reads its live scorecard.</summary>
/// <param name="lookup">Finds the round.</param>
internal sealed class GetLiveScorecardAuthorizer(AssessmentLookup lookup) : IRequestAuthorizer<GetLiveScorecard>
{
    /// <inheritdoc />
    public async Task<AuthorizationDecision> AuthorizeAsync(GetLiveScorecard request, Actor actor, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        var round = await lookup.RoundAsync(request.RoundId, cancellationToken).ConfigureAwait(false);
        return Rules.ReaderOf(actor, round.Province, request.UnitCode);
    }
}
