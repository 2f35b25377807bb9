using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Units;

namespace FriendlyGov.Application.Sessions.HoldSession;

/// <summary>The unit's officer, or an administrator of its province, records its sessions.</summary>
/// <param name="units">Finds the unit.</param>
internal sealed class HoldSessionAuthorizer(UnitLookup units)
    : UnitAuthorizer<HoldSession>(units, r => r.UnitCode, r => r.HeldOn, RecorderOf);
