using FriendlyGov.Application.Assessments;
using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Ports;

namespace FriendlyGov.Application.Rounds.CheckDeadlines;

/// <summary>Only an administrator or appraiser of the round's province checks its deadlines.</summary>
/// <param name="lookup">Finds the round.</param>
internal sealed class CheckDeadlinesAuthorizer(AssessmentLookup lookup) : IRequestAuthorizer<CheckDeadlines>
{
    /// <inheritdoc />
    public async Task<AuthorizationDecision> AuthorizeAsync(CheckDeadlines request, Actor actor, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        var round = await lookup.RoundAsync(request.RoundId, cancellationToken).ConfigureAwait(false);
        return Rules.ReaderOf(actor, round.Province);
    }
}
