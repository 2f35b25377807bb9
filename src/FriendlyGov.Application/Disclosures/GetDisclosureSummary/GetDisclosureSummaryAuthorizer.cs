using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Units;

namespace FriendlyGov.Application.Disclosures.GetDisclosureSummary;

/// <summary>The officer, or an appraiser or administrator of the province, of the unit that existed on the period's last day reads its disclosure summary.</summary>
/// <param name="units">Finds the unit.</param>
internal sealed class GetDisclosureSummaryAuthorizer(UnitLookup units)
    : UnitReaderAuthorizer<GetDisclosureSummary>(units, r => r.UnitCode, r => r.Period);
