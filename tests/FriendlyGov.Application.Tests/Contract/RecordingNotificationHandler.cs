namespace FriendlyGov.Application.Tests.Contract;

/// <summary>A test's handler of every notification: it writes them to the <see cref="NotificationLog"/>.</summary>
/// <typeparam name="TNotification">The notification.</typeparam>
/// <param name="log">The log.</param>
public sealed class RecordingNotificationHandler<TNotification>(NotificationLog log) : INotificationHandler<TNotification>
    where TNotification : INotification
{
    /// <inheritdoc />
    public Task Handle(TNotification notification, CancellationToken cancellationToken)
    {
        log.Add(notification);
        return Task.CompletedTask;
    }
}
