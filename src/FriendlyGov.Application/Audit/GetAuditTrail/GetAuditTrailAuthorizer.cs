using FriendlyGov.Application.Assessments;
using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Ports;

namespace FriendlyGov.Application.Audit.GetAuditTrail;

/// <summary>Only an appraiser or administrator of the round's province reads an assessment's audit trail.</summary>
/// <param name="lookup">Finds the round.</param>
internal sealed class GetAuditTrailAuthorizer(AssessmentLookup lookup) : IRequestAuthorizer<GetAuditTrail>
{
    /// <inheritdoc />
    public async Task<AuthorizationDecision> AuthorizeAsync(GetAuditTrail request, Actor actor, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        var round = await lookup.RoundAsync(request.RoundId, cancellationToken).ConfigureAwait(false);
        return Rules.ReaderOf(actor, round.Province);
    }
}
