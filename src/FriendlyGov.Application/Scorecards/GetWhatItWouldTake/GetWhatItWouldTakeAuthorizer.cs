using FriendlyGov.Application.Assessments;
using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Ports;

namespace FriendlyGov.Application.Scorecards.GetWhatItWouldTake;

/// <summary>The unit's officer, or an appraiser or administrator of the round's province, reads what it would take.</summary>
/// <param name="lookup">Finds the round.</param>
internal sealed class GetWhatItWouldTakeAuthorizer(AssessmentLookup lookup) : IRequestAuthorizer<GetWhatItWouldTake>
{
    /// <inheritdoc />
    public async Task<AuthorizationDecision> AuthorizeAsync(GetWhatItWouldTake request, Actor actor, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        var round = await lookup.RoundAsync(request.RoundId, cancellationToken).ConfigureAwait(false);
        return Rules.ReaderOf(actor, round.Province, request.UnitCode);
    }
}
