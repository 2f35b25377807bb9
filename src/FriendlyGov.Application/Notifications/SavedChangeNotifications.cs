using System.Collections.Concurrent;
using System.Reflection;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Assessments;
using FriendlyGov.Domain.Assessments.Events;
using FriendlyGov.Domain.Conduct;

namespace FriendlyGov.Application.Notifications;

/// <summary>
/// The one place where the domain events of saved aggregates become notifications: each event in
/// its <see cref="DomainEventNotification{TEvent}"/>, followed by the workflow's public
/// notifications that stand for it (<see cref="AssessmentFinalized"/>, <see cref="RatingCapped"/>,
/// <see cref="ConductBreachConfirmed"/>).
/// </summary>
internal static class SavedChangeNotifications
{
    /// <summary>
    /// Takes the events each saved aggregate raised, leaving none, and turns them into the
    /// notifications to publish: aggregate by aggregate in the order the unit of work saved them,
    /// each aggregate's events oldest first.
    /// </summary>
    /// <param name="saved">The aggregates the unit of work saved.</param>
    /// <returns>The notifications, in the order to publish them.</returns>
    public static IReadOnlyList<INotification> Take(IEnumerable<AggregateRoot> saved)
    {
        var notifications = new List<INotification>();
        foreach (var aggregate in saved)
        {
            foreach (var raised in aggregate.TakeDomainEvents())
            {
                notifications.Add(Envelope(raised));
                notifications.AddRange(StandingFor(aggregate, raised));
            }
        }

        return notifications;
    }

    // One envelope maker per event type, made once: a bulk request saves a hundred thousand
    // aggregates, and reflection per event would cost more than the envelope itself.
    private static readonly ConcurrentDictionary<Type, Func<IDomainEvent, INotification>> Envelopes = new();

    private static readonly MethodInfo EnvelopeOfMethod =
        typeof(SavedChangeNotifications).GetMethod(nameof(EnvelopeOf), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static INotification Envelope(IDomainEvent raised) =>
        Envelopes.GetOrAdd(raised.GetType(), static type => EnvelopeOfMethod.MakeGenericMethod(type).CreateDelegate<Func<IDomainEvent, INotification>>())(raised);

    private static DomainEventNotification<TEvent> EnvelopeOf<TEvent>(IDomainEvent raised)
        where TEvent : IDomainEvent => new DomainEventNotification<TEvent>((TEvent)raised);

    // The aggregate gives what the event does not carry (the round, the figures, the unit): it is
    // read after the save, so it is the state the event led to.
    private static IEnumerable<INotification> StandingFor(AggregateRoot aggregate, IDomainEvent raised)
    {
        switch (aggregate, raised)
        {
            case (Assessment { FinalScorecard: { } card } assessment, AssessmentTransitioned { To: AssessmentState.Finalized }):
                yield return new AssessmentFinalized(assessment.Id, assessment.RoundId, assessment.UnitCode, card.Total, card.Rating);
                if (card.Caps.Count > 0) yield return new RatingCapped(assessment.Id, assessment.UnitCode, card.BandRating, card.Rating, card.Caps);
                break;
            case (ConductObservation observation, ObservationStepTaken { Status: ObservationStatus.Confirmed }):
                yield return new ConductBreachConfirmed(observation.Id, observation.OfficialCode, observation.UnitCode, observation.RuleId, observation.On);
                break;
        }
    }
}
