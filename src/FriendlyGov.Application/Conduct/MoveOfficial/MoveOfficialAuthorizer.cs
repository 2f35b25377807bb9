using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Units;

namespace FriendlyGov.Application.Conduct.MoveOfficial;

/// <summary>Only a province administrator of the new unit's province moves an official there.</summary>
/// <param name="units">Finds the unit.</param>
internal sealed class MoveOfficialAuthorizer(UnitLookup units)
    : UnitAuthorizer<MoveOfficial>(units, r => r.UnitCode, r => r.From, (actor, unit) => Rules.AdministratorOf(actor, unit.Province));
