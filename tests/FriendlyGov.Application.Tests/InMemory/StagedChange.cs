using FriendlyGov.Domain;

namespace FriendlyGov.Application.Tests.InMemory;

/// <summary>What a unit of work does to one aggregate.</summary>
public enum ChangeKind
{
    /// <summary>Adds it; it must not exist.</summary>
    Add,

    /// <summary>Replaces it; it must still be at the revision it was read at.</summary>
    Update,

    /// <summary>Removes it; it must still be at the revision it was read at.</summary>
    Delete,
}

/// <summary>One staged change.</summary>
/// <param name="Kind">Add, update or delete.</param>
/// <param name="Aggregate">The scope's copy of the aggregate.</param>
/// <param name="ReadRevision">The committed revision the scope read it at; 0 for an add.</param>
public sealed record StagedChange(ChangeKind Kind, AggregateRoot Aggregate, long ReadRevision);
