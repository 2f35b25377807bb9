namespace FriendlyGov.Application.Tests.Contract;

/// <summary>Every notification the workflow published, in order, for the tests to read.</summary>
public sealed class NotificationLog
{
    private readonly Lock _gate = new();
    private readonly List<INotification> _published = [];

    /// <summary>Records a published notification.</summary>
    /// <param name="notification">The notification.</param>
    public void Add(INotification notification)
    {
        lock (_gate) _published.Add(notification);
    }

    /// <summary>The notifications of one type published so far.</summary>
    /// <typeparam name="T">The type.</typeparam>
    /// <returns>They, in the order published.</returns>
    public IReadOnlyList<T> Of<T>()
        where T : INotification
    {
        lock (_gate) return [.. _published.OfType<T>()];
    }

    /// <summary>Every notification published so far.</summary>
    /// <returns>They, in order.</returns>
    public IReadOnlyList<INotification> All()
    {
        lock (_gate) return [.. _published];
    }
}
