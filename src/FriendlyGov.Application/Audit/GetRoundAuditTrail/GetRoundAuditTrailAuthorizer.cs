using FriendlyGov.Application.Assessments;
using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Ports;

namespace FriendlyGov.Application.Audit.GetRoundAuditTrail;

/// <summary>Only an appraiser or administrator of the round's province reads the round's audit trail.</summary>
/// <param name="lookup">Finds the round.</param>
internal sealed class GetRoundAuditTrailAuthorizer(AssessmentLookup lookup) : IRequestAuthorizer<GetRoundAuditTrail>
{
    /// <inheritdoc />
    public async Task<AuthorizationDecision> AuthorizeAsync(GetRoundAuditTrail request, Actor actor, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        var round = await lookup.RoundAsync(request.RoundId, cancellationToken).ConfigureAwait(false);
        return Rules.ReaderOf(actor, round.Province);
    }
}
