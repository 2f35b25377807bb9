using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Units;

namespace FriendlyGov.Application.Conduct.RegisterOfficial;

/// <summary>Only a province administrator of the unit's province registers its officials.</summary>
/// <param name="units">Finds the unit.</param>
internal sealed class RegisterOfficialAuthorizer(UnitLookup units)
    : UnitAuthorizer<RegisterOfficial>(units, r => r.UnitCode, r => r.From, (actor, unit) => Rules.AdministratorOf(actor, unit.Province));
