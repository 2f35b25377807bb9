using FriendlyGov.Application.Ports;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Audit;

namespace FriendlyGov.Application.Tests.InMemory;

/// <summary>
/// One scope's view of an <see cref="InMemoryStore"/>, as a database context would be: its own copy
/// of each aggregate it read (the same copy every time it reads it again), the revision it read
/// it at, and the changes, audit entries and results it stages until the unit of work commits.
/// </summary>
/// <param name="store">The committed state.</param>
public sealed class InMemorySession(InMemoryStore store)
{
    private readonly Dictionary<(Type Type, Guid Id), Tracked> _tracked = [];
    private readonly List<StagedChange> _staged = [];
    private readonly List<AuditEntry> _audit = [];
    private readonly List<(Guid RequestId, RequestFingerprint Request, object? Response)> _results = [];

    /// <summary>The committed state.</summary>
    public InMemoryStore Store { get; } = store;

    /// <summary>This scope's copy of a committed aggregate, made on its first read.</summary>
    /// <typeparam name="T">The aggregate.</typeparam>
    /// <param name="committed">The committed aggregate.</param>
    /// <param name="revision">Its committed revision.</param>
    /// <returns>The scope's copy.</returns>
    public T Track<T>(T committed, long revision)
        where T : AggregateRoot
    {
        ArgumentNullException.ThrowIfNull(committed);
        var key = (committed.GetType(), committed.Id);
        if (_tracked.TryGetValue(key, out var tracked)) return (T)tracked.Copy;
        var copy = AggregateCopier.Copy(committed);
        _tracked[key] = new Tracked(copy, revision, copy.Version);
        return copy;
    }

    /// <summary>Stages an add.</summary>
    /// <param name="aggregate">The new aggregate.</param>
    public void StageAdd(AggregateRoot aggregate)
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        if (_staged.Any(s => ReferenceEquals(s.Aggregate, aggregate))) return;
        _staged.Add(new StagedChange(ChangeKind.Add, aggregate, 0));
    }

    /// <summary>Stages an update of an aggregate read in this scope.</summary>
    /// <param name="aggregate">The aggregate.</param>
    public void StageUpdate(AggregateRoot aggregate)
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        var index = _staged.FindIndex(s => s.Aggregate.GetType() == aggregate.GetType() && s.Aggregate.Id == aggregate.Id);
        if (index >= 0)
        {
            // An added aggregate stays an add; a repeated update is one update.
            if (_staged[index].Kind == ChangeKind.Delete) throw new InvalidOperationException($"{InMemoryStore.Describe(aggregate)} is staged for deletion.");
            _staged[index] = _staged[index] with { Aggregate = aggregate };
            return;
        }

        _staged.Add(new StagedChange(ChangeKind.Update, aggregate, ReadRevision(aggregate)));
    }

    /// <summary>Stages a delete of an aggregate read in this scope.</summary>
    /// <param name="aggregate">The aggregate.</param>
    public void StageDelete(AggregateRoot aggregate)
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        var index = _staged.FindIndex(s => s.Aggregate.GetType() == aggregate.GetType() && s.Aggregate.Id == aggregate.Id);
        if (index >= 0 && _staged[index].Kind == ChangeKind.Add)
        {
            _staged.RemoveAt(index);
            return;
        }

        if (index >= 0) _staged.RemoveAt(index);
        _staged.Add(new StagedChange(ChangeKind.Delete, aggregate, ReadRevision(aggregate)));
    }

    /// <summary>Stages an audit entry.</summary>
    /// <param name="entry">The entry.</param>
    public void StageAudit(AuditEntry entry) => _audit.Add(entry ?? throw new ArgumentNullException(nameof(entry)));

    /// <summary>Stages a command's result.</summary>
    /// <param name="requestId">The client's request id.</param>
    /// <param name="request">The request's name.</param>
    /// <param name="response">Its result.</param>
    public void StageResult(Guid requestId, RequestFingerprint request, object? response) => _results.Add((requestId, request, response));

    /// <summary>Commits everything staged, all or nothing, then forgets it.</summary>
    /// <returns>The scope's copies of the aggregates committed, in the order staged, with the events they raised.</returns>
    /// <exception cref="ConcurrencyException">Someone else committed first.</exception>
    /// <exception cref="InvalidOperationException">An aggregate read in this scope was changed but not staged with <c>UpdateAsync</c>: the change would be lost.</exception>
    public IReadOnlyList<AggregateRoot> Commit()
    {
        var unstaged = _tracked.Values.FirstOrDefault(t => t.Copy.Version != t.VersionAtRead
            && !_staged.Any(s => ReferenceEquals(s.Aggregate, t.Copy)));
        if (unstaged is not null)
            throw new InvalidOperationException($"{InMemoryStore.Describe(unstaged.Copy)} was changed (version {unstaged.VersionAtRead} → {unstaged.Copy.Version}) but not staged with UpdateAsync, so its change would be lost.");

        var revisions = Store.Commit(_staged, _audit, _results);
        AggregateRoot[] committed = [.. _staged.Select(s => s.Aggregate)];
        foreach (var change in _staged)
        {
            var key = (change.Aggregate.GetType(), change.Aggregate.Id);
            if (change.Kind == ChangeKind.Delete) _tracked.Remove(key);
            else _tracked[key] = new Tracked(change.Aggregate, revisions[change.Aggregate], change.Aggregate.Version);
        }

        _staged.Clear();
        _audit.Clear();
        _results.Clear();
        return committed;
    }

    private long ReadRevision(AggregateRoot aggregate) =>
        _tracked.TryGetValue((aggregate.GetType(), aggregate.Id), out var tracked)
            ? tracked.Revision
            : throw new InvalidOperationException($"{InMemoryStore.Describe(aggregate)} was not read in this scope, so it cannot be updated or deleted here.");

    private sealed record Tracked(AggregateRoot Copy, long Revision, int VersionAtRead);
}
