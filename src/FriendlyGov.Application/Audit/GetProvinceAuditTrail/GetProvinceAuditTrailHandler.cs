using System.Text;
using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Assessments.Specifications;
using FriendlyGov.Domain.Assessments;

namespace FriendlyGov.Application.Audit.GetProvinceAuditTrail;

/// <summary>Handles <see cref="GetProvinceAuditTrail"/>.</summary>
/// <param name="rounds">The rounds.</param>
/// <param name="assessments">The assessments.</param>
/// <param name="auditTrail">The audit trail.</param>
internal sealed class GetProvinceAuditTrailHandler(IReadRepository<AssessmentRound> rounds, IReadRepository<Assessment> assessments, IAuditTrail auditTrail)
    : IRequestHandler<GetProvinceAuditTrail, AuditTrailPage>
{
    /// <inheritdoc />
    public async Task<AuditTrailPage> Handle(GetProvinceAuditTrail request, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        var province = request.Province.Trim().Normalize(NormalizationForm.FormC);
        var ofProvince = await rounds.ListAsync(new RoundsOfProvinceSpec(province), cancellationToken).ConfigureAwait(false);
        return await AuditTrailPaging.ReadRoundsAsync(ofProvince, assessments, auditTrail, request.AfterSequence, request.PageSize, cancellationToken).ConfigureAwait(false);
    }
}
