namespace FriendlyGov.Domain;

/// <summary>
/// An aggregate: a cluster of domain objects changed as one, with an identity, a version for
/// optimistic concurrency, and the domain events its last changes raised.
/// </summary>
public abstract class AggregateRoot
{
    private readonly List<IDomainEvent> _events = [];

    /// <summary>The aggregate's identity.</summary>
    public Guid Id { get; protected set; } = Guid.NewGuid();

    /// <summary>
    /// Incremented by every change, so that a store can refuse a change made to an older copy
    /// (optimistic concurrency).
    /// </summary>
    public int Version { get; private set; }

    /// <summary>The events raised since they were last taken.</summary>
    public IReadOnlyList<IDomainEvent> DomainEvents => _events;

    /// <summary>Takes the events raised so far, leaving none.</summary>
    /// <returns>The events, oldest first.</returns>
    public IReadOnlyList<IDomainEvent> TakeDomainEvents()
    {
        var taken = _events.ToArray();
        _events.Clear();
        return taken;
    }

    /// <summary>Records a change: raises its event and moves the version on.</summary>
    /// <param name="domainEvent">The event that says what changed.</param>
    protected void Raise(IDomainEvent domainEvent)
    {
        _events.Add(Guard.Against.Null(domainEvent));
        Version++;
    }
}
