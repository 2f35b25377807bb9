using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Units;

namespace FriendlyGov.Application.Units.GetUnitHistory;

/// <summary>The unit's officer, or an appraiser or administrator of the unit's province, reads its history.</summary>
/// <param name="units">The units, for the unit's province.</param>
internal sealed class GetUnitHistoryAuthorizer(IReadRepository<AdministrativeUnit> units) : IRequestAuthorizer<GetUnitHistory>
{
    /// <inheritdoc />
    /// <exception cref="NotFoundException">The unit is not registered.</exception>
    public async Task<AuthorizationDecision> AuthorizeAsync(GetUnitHistory request, Actor actor, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        var unit = await UnitLookup.ResolveAsync(units, nameof(GetUnitHistory), request.UnitCode, request.On, cancellationToken).ConfigureAwait(false);
        return Rules.ReaderOf(actor, unit.Province, unit.Code);
    }
}
