using FriendlyGov.Application.Authorization;
using FriendlyGov.Domain.Units;

namespace FriendlyGov.Application.Units.GetUnitHistory;

/// <summary>The unit's officer, or an appraiser or administrator of the unit's province, reads its history.</summary>
/// <param name="units">The units, for the unit's province.</param>
internal sealed class GetUnitHistoryAuthorizer(UnitLookup units)
    : RecordAuthorizer<GetUnitHistory, AdministrativeUnit>(
        (request, cancellationToken) => units.ResolveAsync(nameof(GetUnitHistory), request.UnitCode, request.On, cancellationToken),
        (actor, unit, _) => UnitAuthorizer<GetUnitHistory>.ReaderOf(actor, unit));
