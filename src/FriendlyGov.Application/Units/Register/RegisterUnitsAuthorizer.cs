using System.Text;
using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Ports;

namespace FriendlyGov.Application.Units.Register;

/// <summary>Only a province administrator registers units, and only units of their province.</summary>
internal sealed class RegisterUnitsAuthorizer : IRequestAuthorizer<RegisterUnits>
{
    /// <inheritdoc />
    public Task<AuthorizationDecision> AuthorizeAsync(RegisterUnits request, Actor actor, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        var provinces = request.Units.Select(u => u.Province.Trim().Normalize(NormalizationForm.FormC)).Distinct(StringComparer.Ordinal);
        return Task.FromResult(Rules.All([.. provinces.Select(p => Rules.AdministratorOf(actor, p))]));
    }
}
