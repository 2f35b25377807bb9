using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Ports;

namespace FriendlyGov.Application.Assessments.CompleteAppraisal;

/// <summary>Only an appraiser of the round's province completes appraisal, never of their own unit.</summary>
/// <param name="lookup">Finds the round.</param>
internal sealed class CompleteAppraisalAuthorizer(AssessmentLookup lookup) : IRequestAuthorizer<CompleteAppraisal>
{
    /// <inheritdoc />
    public async Task<AuthorizationDecision> AuthorizeAsync(CompleteAppraisal request, Actor actor, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        var round = await lookup.RoundAsync(request.RoundId, cancellationToken).ConfigureAwait(false);
        return Rules.AppraiserOf(actor, round.Province, request.UnitCode);
    }
}
