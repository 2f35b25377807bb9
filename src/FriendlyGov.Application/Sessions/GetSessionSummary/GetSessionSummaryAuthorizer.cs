using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Units;

namespace FriendlyGov.Application.Sessions.GetSessionSummary;

/// <summary>The unit's officer, or an appraiser or administrator of its province, reads its session summary.</summary>
/// <param name="units">Finds the unit.</param>
internal sealed class GetSessionSummaryAuthorizer(UnitLookup units)
    : UnitReaderAuthorizer<GetSessionSummary>(units, r => r.UnitCode, r => r.Period);
