namespace FriendlyGov.Application.Tests.Contract;

/// <summary>
/// What <see cref="SavedBeforePublishedProbe{TNotification}"/> found: for each aggregate, how many
/// of its events were published, and every event published before the change that raised it was
/// saved.
/// </summary>
public sealed class SavedBeforePublishedLog
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, int> _published = [];
    private readonly List<string> _early = [];

    /// <summary>How many events were checked.</summary>
    public int Checked
    {
        get
        {
            lock (_gate) return _published.Values.Sum();
        }
    }

    /// <summary>The events published before their change was saved, described.</summary>
    public IReadOnlyList<string> Early
    {
        get
        {
            lock (_gate) return [.. _early];
        }
    }

    /// <summary>
    /// Records one published event of an aggregate. Every change raises exactly one event and moves
    /// the aggregate's version on by one, so once the change is saved the stored version is at least
    /// the number of the aggregate's events published so far, this one included; before, it is below.
    /// </summary>
    /// <param name="aggregateId">The aggregate that raised it.</param>
    /// <param name="storedVersion">Its version as stored when the event was published; <see langword="null"/> when not stored at all.</param>
    /// <param name="description">The event, for the failure message.</param>
    public void Record(Guid aggregateId, int? storedVersion, string description)
    {
        lock (_gate)
        {
            var count = _published[aggregateId] = _published.GetValueOrDefault(aggregateId) + 1;
            if (storedVersion is not { } version || version < count)
                _early.Add($"{description}: event {count} of the aggregate, stored version {storedVersion?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}");
        }
    }
}
