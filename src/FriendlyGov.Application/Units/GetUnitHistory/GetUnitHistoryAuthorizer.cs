using FriendlyGov.Application.Authorization;

namespace FriendlyGov.Application.Units.GetUnitHistory;

/// <summary>The unit's officer, or an appraiser or administrator of the unit's province, reads its history.</summary>
/// <param name="units">The units, for the unit's province.</param>
internal sealed class GetUnitHistoryAuthorizer(UnitLookup units)
    : UnitReaderAuthorizer<GetUnitHistory>(units, request => request.UnitCode);
