using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Units;

namespace FriendlyGov.Application.Feedback.GetFeedbackSummary;

/// <summary>The unit's officer, or an appraiser or administrator of its province, reads its feedback summary.</summary>
/// <param name="units">The units, for the unit's province.</param>
internal sealed class GetFeedbackSummaryAuthorizer(UnitLookup units)
    : UnitReaderAuthorizer<GetFeedbackSummary>(units, request => request.UnitCode, request => request.Period);
