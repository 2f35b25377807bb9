using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Ports;

namespace FriendlyGov.Application.Assessments.StartAppraisal;

/// <summary>Only an appraiser of the round's province starts appraisal, never of their own unit.</summary>
/// <param name="lookup">Finds the round.</param>
internal sealed class StartAppraisalAuthorizer(AssessmentLookup lookup) : IRequestAuthorizer<StartAppraisal>
{
    /// <inheritdoc />
    public async Task<AuthorizationDecision> AuthorizeAsync(StartAppraisal request, Actor actor, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        var round = await lookup.RoundAsync(request.RoundId, cancellationToken).ConfigureAwait(false);
        return Rules.AppraiserOf(actor, round.Province, request.UnitCode);
    }
}
