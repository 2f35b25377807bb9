namespace FriendlyGov.Application.Notifications;

/// <summary>
/// The notifications a handler raises that no domain event stands for (a check that finds
/// something, such as <see cref="SelfAssessmentOverdue"/>), held until the request has gone
/// through the whole pipeline and then published by it, so that a refused request announces
/// nothing.
/// </summary>
/// <remarks>
/// A change to an aggregate is announced by the domain events the aggregate raises, which the
/// pipeline publishes after the save (<see cref="DomainEventNotification{TEvent}"/>); do not add a
/// notification here for a change as well.
/// </remarks>
public sealed class NotificationOutbox
{
    private readonly List<INotification> _pending = [];

    /// <summary>Holds a notification until the change is saved.</summary>
    /// <param name="notification">The notification.</param>
    public void Add(INotification notification) => _pending.Add(Guard.Against.Null(notification));

    /// <summary>Takes the held notifications, leaving none.</summary>
    /// <returns>The notifications, in the order raised.</returns>
    public IReadOnlyList<INotification> TakeAll()
    {
        var taken = _pending.ToArray();
        _pending.Clear();
        return taken;
    }

    /// <summary>Drops the held notifications, when the change was not saved.</summary>
    public void Clear() => _pending.Clear();
}
