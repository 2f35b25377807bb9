using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Units;

namespace FriendlyGov.Application.Feedback.RecordFeedback;

/// <summary>A feedback collector of the unit's province, or of the unit, records its feedback.</summary>
/// <param name="units">Finds the unit.</param>
internal sealed class RecordFeedbackAuthorizer(UnitLookup units)
    : UnitAuthorizer<RecordFeedback>(units, r => r.UnitCode, r => r.TransactionDate, (actor, unit) => FeedbackAuthorization.CollectorOf(actor, unit.Province, unit.Code));
