using FriendlyGov.Application.Assessments;
using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Ports;

namespace FriendlyGov.Application.Rounds.GetRoundResult;

/// <summary>Whoever may read the round's ranking reads its published results.</summary>
/// <param name="lookup">Finds the round.</param>
internal sealed class GetRoundResultAuthorizer(AssessmentLookup lookup) : IRequestAuthorizer<GetRoundResult>
{
    /// <inheritdoc />
    public async Task<AuthorizationDecision> AuthorizeAsync(GetRoundResult request, Actor actor, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        var round = await lookup.RoundAsync(request.RoundId, cancellationToken).ConfigureAwait(false);
        return Rules.RoundReader(actor, round);
    }
}
