using System.Text;
using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Ports;

namespace FriendlyGov.Application.Audit.GetProvinceAuditTrail;

/// <summary>Only an appraiser or administrator of the province reads its audit trail.</summary>
internal sealed class GetProvinceAuditTrailAuthorizer : IRequestAuthorizer<GetProvinceAuditTrail>
{
    /// <inheritdoc />
    public Task<AuthorizationDecision> AuthorizeAsync(GetProvinceAuditTrail request, Actor actor, CancellationToken cancellationToken) =>
        Task.FromResult(Rules.ReaderOf(actor, Guard.Against.Null(request).Province.Trim().Normalize(NormalizationForm.FormC)));
}
