using FriendlyGov.Domain;

namespace FriendlyGov.Application.Notifications;

/// <summary>
/// A domain event, published as a MediatR notification after the change that raised it is saved.
/// An app hears of an event of type <typeparamref name="TEvent"/> (such as
/// <see cref="Domain.Assessments.Events.EvidenceRecorded"/>) with an
/// <c>INotificationHandler&lt;DomainEventNotification&lt;TEvent&gt;&gt;</c>.
/// </summary>
/// <remarks>
/// The domain does not depend on MediatR, so its events are carried in this envelope. Each event
/// is published once, after the unit of work has committed the command that raised it; an event
/// raised by a command that was refused, failed, or lost a race to save is never published.
/// </remarks>
/// <typeparam name="TEvent">The domain event's type.</typeparam>
/// <param name="Event">The event, as the aggregate raised it.</param>
public sealed record DomainEventNotification<TEvent>(TEvent Event) : INotification
    where TEvent : IDomainEvent;
