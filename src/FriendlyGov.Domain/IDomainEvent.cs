using NodaTime;

namespace FriendlyGov.Domain;

/// <summary>Something that happened in the domain: who did it and when.</summary>
public interface IDomainEvent
{
    /// <summary>Who caused it (an actor's id).</summary>
    string By { get; }

    /// <summary>When it happened.</summary>
    Instant At { get; }
}
