using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Units;

namespace FriendlyGov.Application.Conduct.RegisterOfficial;

/// <summary>Only a province administrator of the unit's province registers its officials.</summary>
/// <param name="units">Finds the unit.</param>
internal sealed class RegisterOfficialAuthorizer(IReadRepository<AdministrativeUnit> units) : IRequestAuthorizer<RegisterOfficial>
{
    /// <inheritdoc />
    public async Task<AuthorizationDecision> AuthorizeAsync(RegisterOfficial request, Actor actor, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        var unit = await ConductLookup.UnitAsync(units, request.UnitCode, cancellationToken).ConfigureAwait(false);
        return Rules.AdministratorOf(actor, unit.Province);
    }
}
