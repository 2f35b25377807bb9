using System.Text;
using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Ports;

namespace FriendlyGov.Application.Plans.CreatePlan;

/// <summary>Only a province administrator of the province draws up its coordination plans.</summary>
internal sealed class CreatePlanAuthorizer : IRequestAuthorizer<CreatePlan>
{
    /// <inheritdoc />
    public Task<AuthorizationDecision> AuthorizeAsync(CreatePlan request, Actor actor, CancellationToken cancellationToken) =>
        Task.FromResult(Rules.AdministratorOf(actor, Guard.Against.Null(request).Province.Trim().Normalize(NormalizationForm.FormC)));
}
