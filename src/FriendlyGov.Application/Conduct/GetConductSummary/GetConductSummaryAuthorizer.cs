using System.Text;
using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Ports;

namespace FriendlyGov.Application.Conduct.GetConductSummary;

/// <summary>Only an appraiser or administrator of the province reads its conduct summary.</summary>
internal sealed class GetConductSummaryAuthorizer : IRequestAuthorizer<GetConductSummary>
{
    /// <inheritdoc />
    public Task<AuthorizationDecision> AuthorizeAsync(GetConductSummary request, Actor actor, CancellationToken cancellationToken) =>
        Task.FromResult(Rules.ReaderOf(actor, Guard.Against.Null(request).Province.Trim().Normalize(NormalizationForm.FormC)));
}
