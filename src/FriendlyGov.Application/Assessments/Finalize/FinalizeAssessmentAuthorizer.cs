using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Ports;

namespace FriendlyGov.Application.Assessments.Finalize;

/// <summary>Only a province administrator of the round's province finalizes.</summary>
/// <param name="lookup">Finds the round.</param>
internal sealed class FinalizeAssessmentAuthorizer(AssessmentLookup lookup) : IRequestAuthorizer<FinalizeAssessment>
{
    /// <inheritdoc />
    public async Task<AuthorizationDecision> AuthorizeAsync(FinalizeAssessment request, Actor actor, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        var round = await lookup.RoundAsync(request.RoundId, cancellationToken).ConfigureAwait(false);
        return Rules.AdministratorOf(actor, round.Province);
    }
}
