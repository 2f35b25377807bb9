using FriendlyGov.Application.Notifications;
using FriendlyGov.Domain;

namespace FriendlyGov.Application.Tests.Contract;

/// <summary>
/// Every notification the workflow published, in order, for the tests to read: the workflow's
/// public notifications apart from the domain events (<see cref="DomainEventNotification{TEvent}"/>).
/// </summary>
public sealed class NotificationLog
{
    private readonly Lock _gate = new();
    private readonly List<INotification> _published = [];
    private readonly List<IDomainEvent> _events = [];

    /// <summary>Records a published notification.</summary>
    /// <param name="notification">The notification.</param>
    public void Add(INotification notification)
    {
        var envelope = notification.GetType();
        lock (_gate)
        {
            if (envelope.IsGenericType && envelope.GetGenericTypeDefinition() == typeof(DomainEventNotification<>))
                _events.Add((IDomainEvent)envelope.GetProperty(nameof(DomainEventNotification<>.Event))!.GetValue(notification)!);
            else
                _published.Add(notification);
        }
    }

    /// <summary>The notifications of one type published so far.</summary>
    /// <typeparam name="T">The type.</typeparam>
    /// <returns>They, in the order published.</returns>
    public IReadOnlyList<T> Of<T>()
        where T : INotification
    {
        lock (_gate) return [.. _published.OfType<T>()];
    }

    /// <summary>Every public notification published so far (domain events are in <see cref="Events"/>).</summary>
    /// <returns>They, in order.</returns>
    public IReadOnlyList<INotification> All()
    {
        lock (_gate) return [.. _published];
    }

    /// <summary>Every domain event published so far.</summary>
    /// <returns>They, in order.</returns>
    public IReadOnlyList<IDomainEvent> Events()
    {
        lock (_gate) return [.. _events];
    }
}
