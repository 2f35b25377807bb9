namespace FriendlyGov.Application.Notifications;

/// <summary>
/// The notifications a request raised, held until its change is saved and then published by
/// the pipeline, so that no one hears of a change that did not happen.
/// </summary>
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
