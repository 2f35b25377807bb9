using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Units;

namespace FriendlyGov.Application.Disclosures.RecordDisclosure;

/// <summary>The unit's officer, or an administrator of its province, records its disclosures.</summary>
/// <param name="units">Finds the unit.</param>
internal sealed class RecordDisclosureAuthorizer(UnitLookup units)
    : UnitAuthorizer<RecordDisclosure>(units, r => r.UnitCode, r => r.PostedFrom, RecorderOf);
