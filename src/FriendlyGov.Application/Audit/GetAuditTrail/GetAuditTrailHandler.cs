using FriendlyGov.Application.Assessments;
using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Audit;

namespace FriendlyGov.Application.Audit.GetAuditTrail;

/// <summary>Handles <see cref="GetAuditTrail"/>.</summary>
/// <param name="lookup">Finds the assessment.</param>
/// <param name="auditTrail">The audit trail.</param>
internal sealed class GetAuditTrailHandler(AssessmentLookup lookup, IAuditTrail auditTrail) : IRequestHandler<GetAuditTrail, IReadOnlyList<AuditEntry>>
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<AuditEntry>> Handle(GetAuditTrail request, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        var (_, assessment) = await lookup.AssessmentAsync(request.RoundId, request.UnitCode, cancellationToken).ConfigureAwait(false);
        return await auditTrail.ListAsync($"assessment/{assessment.Id}", cancellationToken).ConfigureAwait(false);
    }
}
