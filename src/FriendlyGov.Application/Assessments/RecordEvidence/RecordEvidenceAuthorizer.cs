using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Evidence;

namespace FriendlyGov.Application.Assessments.RecordEvidence;

/// <summary>Self-assessed evidence by the unit's officer; appraised evidence by an appraiser in scope, never of their own unit.</summary>
/// <param name="lookup">Finds the round.</param>
internal sealed class RecordEvidenceAuthorizer(AssessmentLookup lookup) : IRequestAuthorizer<RecordEvidence>
{
    /// <inheritdoc />
    public async Task<AuthorizationDecision> AuthorizeAsync(RecordEvidence request, Actor actor, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        if (request.Source == EvidenceSource.Self) return Rules.OfficerOf(actor, request.UnitCode);
        var round = await lookup.RoundAsync(request.RoundId, cancellationToken).ConfigureAwait(false);
        return Rules.AppraiserOf(actor, round.Province, request.UnitCode);
    }
}
