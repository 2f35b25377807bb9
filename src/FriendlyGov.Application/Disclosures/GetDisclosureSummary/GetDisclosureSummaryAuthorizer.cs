using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Units;

namespace FriendlyGov.Application.Disclosures.GetDisclosureSummary;

/// <summary>The unit's officer, or an appraiser or administrator of its province, reads its disclosure summary.</summary>
/// <param name="units">Finds the unit.</param>
internal sealed class GetDisclosureSummaryAuthorizer(UnitLookup units)
    : UnitAuthorizer<GetDisclosureSummary>(units, r => r.UnitCode, ReaderOf);
