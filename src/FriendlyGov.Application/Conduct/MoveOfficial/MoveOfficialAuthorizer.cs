using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Units;

namespace FriendlyGov.Application.Conduct.MoveOfficial;

/// <summary>Only a province administrator of the new unit's province moves an official there.</summary>
/// <param name="units">Finds the new unit.</param>
internal sealed class MoveOfficialAuthorizer(IReadRepository<AdministrativeUnit> units) : IRequestAuthorizer<MoveOfficial>
{
    /// <inheritdoc />
    public async Task<AuthorizationDecision> AuthorizeAsync(MoveOfficial request, Actor actor, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        var unit = await ConductLookup.UnitAsync(units, request.UnitCode, cancellationToken).ConfigureAwait(false);
        return Rules.AdministratorOf(actor, unit.Province);
    }
}
