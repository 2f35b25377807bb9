using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Ports;

namespace FriendlyGov.Application.Assessments.GetAssessment;

/// <summary>The unit's officer, or an appraiser or administrator of the round's province, reads its assessment.</summary>
/// <param name="lookup">Finds the round.</param>
internal sealed class GetAssessmentAuthorizer(AssessmentLookup lookup) : IRequestAuthorizer<GetAssessment>
{
    /// <inheritdoc />
    public async Task<AuthorizationDecision> AuthorizeAsync(GetAssessment request, Actor actor, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        var round = await lookup.RoundAsync(request.RoundId, cancellationToken).ConfigureAwait(false);
        return Rules.ReaderOf(actor, round.Province, request.UnitCode);
    }
}
