using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Ports;

namespace FriendlyGov.Application.Feedback;

/// <summary>Who may record citizen feedback: the <see cref="CollectorInScope"/> rule.</summary>
/// <remarks>
/// Feedback is anonymous, so no citizen signs in: the actor is the channel that forwards the
/// rating (a kiosk, the QR page, the portal, the clerk typing in paper forms) with the
/// <see cref="ActorRole.FeedbackCollector"/> role. A unit's officers and the province's appraisers
/// do not record ratings, so that no one rates the unit they answer for or judge.
/// </remarks>
public static class FeedbackAuthorization
{
    /// <summary>
    /// Only a feedback collector of the unit's province records its feedback; one tied to a unit
    /// (a kiosk at its desk) records only that unit's.
    /// </summary>
    public const string CollectorInScope = "feedback-collector-in-scope";

    /// <summary>Allowed when <paramref name="actor"/> collects feedback in <paramref name="province"/> for <paramref name="unitCode"/>.</summary>
    /// <param name="actor">Who sends the request.</param>
    /// <param name="province">The unit's province.</param>
    /// <param name="unitCode">The unit rated.</param>
    /// <returns>The decision.</returns>
    public static AuthorizationDecision CollectorOf(Actor actor, string province, string unitCode) =>
        Guard.Against.Null(actor).Has(ActorRole.FeedbackCollector) && actor.Province == province && (actor.UnitCode is null || actor.UnitCode == unitCode)
            ? AuthorizationDecision.Allow
            : AuthorizationDecision.Refuse(CollectorInScope, $"only a feedback collector of {province}, or of unit {unitCode}, may record feedback about unit {unitCode}");
}
