using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Evidence;

namespace FriendlyGov.Application.Assessments.RecordEvidenceInBulk;

/// <summary>
/// Every entry as <see cref="RecordEvidence.RecordEvidenceAuthorizer"/> decides one: self-assessed
/// evidence by the unit's officer; appraised evidence by an appraiser of the round's province,
/// never of their own unit. The first unit refused refuses the call.
/// </summary>
/// <param name="lookup">Finds the round.</param>
internal sealed class RecordEvidenceInBulkAuthorizer(AssessmentLookup lookup) : IRequestAuthorizer<RecordEvidenceInBulk>
{
    /// <inheritdoc />
    public async Task<AuthorizationDecision> AuthorizeAsync(RecordEvidenceInBulk request, Actor actor, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        var units = request.Entries.Select(e => e.UnitCode).Distinct(StringComparer.Ordinal);
        if (request.Source == EvidenceSource.Self) return Rules.All([.. units.Select(unit => Rules.OfficerOf(actor, unit))]);
        var round = await lookup.RoundAsync(request.RoundId, cancellationToken).ConfigureAwait(false);
        return Rules.All([.. units.Select(unit => Rules.AppraiserOf(actor, round.Province, unit))]);
    }
}
