using FriendlyGov.Application.Assessments;
using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Assessments;

namespace FriendlyGov.Application.Audit.GetRoundAuditTrail;

/// <summary>Handles <see cref="GetRoundAuditTrail"/>.</summary>
/// <param name="lookup">Finds the round.</param>
/// <param name="assessments">The assessments.</param>
/// <param name="auditTrail">The audit trail.</param>
internal sealed class GetRoundAuditTrailHandler(AssessmentLookup lookup, IReadRepository<Assessment> assessments, IAuditTrail auditTrail)
    : IRequestHandler<GetRoundAuditTrail, AuditTrailPage>
{
    /// <inheritdoc />
    public async Task<AuditTrailPage> Handle(GetRoundAuditTrail request, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        var round = await lookup.RoundAsync(request.RoundId, cancellationToken).ConfigureAwait(false);
        return await AuditTrailPaging.ReadRoundsAsync([round], assessments, auditTrail, request.AfterSequence, request.PageSize, cancellationToken).ConfigureAwait(false);
    }
}
