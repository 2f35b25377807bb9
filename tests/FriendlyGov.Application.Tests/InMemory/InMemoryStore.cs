using FriendlyGov.Application.Ports;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Assessments;
using FriendlyGov.Domain.Audit;
using FriendlyGov.Domain.Conduct;
using FriendlyGov.Domain.Units;

namespace FriendlyGov.Application.Tests.InMemory;

/// <summary>
/// The committed state of an in-memory deployment, shared by every scope: each aggregate with the
/// revision it was last committed at, the audit trail, and the remembered command results.
/// </summary>
/// <remarks>
/// Only <see cref="Commit"/> changes it, under one lock, all or nothing, as one database
/// transaction would; it links the audit entries into the hash chain there. Readers get copies (see <see cref="InMemorySession"/>), never the committed
/// objects themselves.
/// </remarks>
public sealed class InMemoryStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(Type Type, Guid Id), Row> _rows = [];
    private readonly List<AuditEntry> _audit = [];
    private readonly Dictionary<Guid, (RequestFingerprint Request, object? Response)> _results = [];
    private long _sequence;

    /// <summary>The committed aggregates of one type, oldest first, with their revisions.</summary>
    /// <typeparam name="T">The aggregate.</typeparam>
    /// <returns>A snapshot of the rows: the aggregates must not be changed.</returns>
    public IReadOnlyList<(T Aggregate, long Revision)> Rows<T>()
        where T : AggregateRoot
    {
        lock (_gate)
        {
            return [.. _rows.Where(r => r.Key.Type == typeof(T)).OrderBy(r => r.Value.Sequence).Select(r => ((T)r.Value.Aggregate, r.Value.Revision))];
        }
    }

    /// <summary>The committed aggregate with an id, and its revision.</summary>
    /// <typeparam name="T">The aggregate.</typeparam>
    /// <param name="id">Its id.</param>
    /// <returns>The row, or <see langword="null"/>.</returns>
    public (T Aggregate, long Revision)? Find<T>(Guid id)
        where T : AggregateRoot
    {
        lock (_gate)
        {
            return _rows.TryGetValue((typeof(T), id), out var row) ? ((T)row.Aggregate, row.Revision) : null;
        }
    }

    /// <summary>The committed audit entries about a subject, oldest first.</summary>
    /// <param name="subject">The subject.</param>
    /// <returns>The entries.</returns>
    public IReadOnlyList<AuditEntry> Audit(string subject)
    {
        lock (_gate)
        {
            return [.. _audit.Where(e => e.Subject == subject)];
        }
    }

    /// <summary>Every committed audit entry, oldest first.</summary>
    /// <returns>The entries.</returns>
    public IReadOnlyList<AuditEntry> AllAudit()
    {
        lock (_gate)
        {
            return [.. _audit];
        }
    }

    /// <summary>The committed result of a request id, if any.</summary>
    /// <param name="requestId">The client's request id.</param>
    /// <returns>The request's name and result.</returns>
    public (RequestFingerprint Request, object? Response)? Result(Guid requestId)
    {
        lock (_gate)
        {
            return _results.TryGetValue(requestId, out var result) ? result : null;
        }
    }

    /// <summary>Commits one unit of work, all or nothing.</summary>
    /// <param name="changes">The staged aggregates, each with the revision it was read at (null for an add).</param>
    /// <param name="audit">The staged audit entries.</param>
    /// <param name="results">The staged command results.</param>
    /// <returns>The new revision of each aggregate written.</returns>
    /// <exception cref="ConcurrencyException">An aggregate changed since it was read, an added one exists already, or a request id was committed already.</exception>
    public IReadOnlyDictionary<AggregateRoot, long> Commit(
        IReadOnlyList<StagedChange> changes,
        IReadOnlyList<AuditEntry> audit,
        IReadOnlyList<(Guid RequestId, RequestFingerprint Request, object? Response)> results)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(results);
        lock (_gate)
        {
            foreach (var change in changes)
            {
                var key = (change.Aggregate.GetType(), change.Aggregate.Id);
                var exists = _rows.TryGetValue(key, out var row);
                switch (change.Kind)
                {
                    case ChangeKind.Add when exists:
                        throw new ConcurrencyException($"{Describe(change.Aggregate)} was added by another command first.");
                    case ChangeKind.Update or ChangeKind.Delete when !exists:
                        throw new ConcurrencyException($"{Describe(change.Aggregate)} was deleted by another command since it was read.");
                    case ChangeKind.Update or ChangeKind.Delete when row!.Revision != change.ReadRevision:
                        throw new ConcurrencyException($"{Describe(change.Aggregate)} was changed by another command since it was read (read at revision {change.ReadRevision}, now {row.Revision}); nothing was saved, retry with a fresh read.");
                }
            }

            foreach (var (requestId, request, _) in results)
            {
                if (_results.TryGetValue(requestId, out var seen))
                    throw new ConcurrencyException($"Request {requestId} ({request.Request}) was committed by another command first, as a {seen.Request.Request}.");
            }

            var revisions = new Dictionary<AggregateRoot, long>(ReferenceEqualityComparer.Instance);
            foreach (var change in changes)
            {
                var key = (change.Aggregate.GetType(), change.Aggregate.Id);
                if (change.Kind == ChangeKind.Delete)
                {
                    _rows.Remove(key);
                    continue;
                }

                var committed = AggregateCopier.Copy(change.Aggregate);
                committed.TakeDomainEvents();
                var revision = change.Kind == ChangeKind.Add ? 1 : _rows[key].Revision + 1;
                var sequence = change.Kind == ChangeKind.Add ? ++_sequence : _rows[key].Sequence;
                _rows[key] = new Row(committed, revision, sequence);
                revisions[change.Aggregate] = revision;
            }

            // Linked here, under the commit's lock, as the database links them inside its transaction.
            foreach (var entry in audit) _audit.Add(AuditChain.Link(_audit.LastOrDefault(), entry));
            foreach (var (requestId, request, response) in results) _results[requestId] = (request, response);
            return revisions;
        }
    }

    /// <summary>Names an aggregate in an error, as a person would.</summary>
    /// <param name="aggregate">The aggregate.</param>
    /// <returns>Such as "assessment 1f… of unit 25996".</returns>
    public static string Describe(AggregateRoot aggregate) => aggregate switch
    {
        Assessment a => $"assessment {a.Id} of unit {a.UnitCode}",
        AssessmentRound r => $"round {r.Id}",
        AdministrativeUnit u => $"unit {u.Code}",
        Official o => $"official {o.Code}",
        ConductObservation o => $"observation {o.Id} ({o.RuleId} by {o.OfficialCode} on {o.On:uuuu-MM-dd})",
        null => throw new ArgumentNullException(nameof(aggregate)),
        _ => $"{aggregate.GetType().Name} {aggregate.Id}",
    };

    private sealed record Row(AggregateRoot Aggregate, long Revision, long Sequence);
}
