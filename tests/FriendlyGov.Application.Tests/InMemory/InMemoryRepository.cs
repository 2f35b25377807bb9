using Ardalis.Specification;
using FriendlyGov.Application.Ports;
using FriendlyGov.Domain;

namespace FriendlyGov.Application.Tests.InMemory;

/// <summary>
/// Ardalis.Specification's repository over an <see cref="InMemoryStore"/>: specifications are
/// evaluated by <see cref="InMemorySpecificationEvaluator.Default"/> over the committed
/// aggregates; what is read is this scope's copy; adds, updates and deletes are staged and
/// committed by <see cref="InMemoryUnitOfWork"/>.
/// </summary>
/// <remarks>
/// Like a database context, reads see what is committed, not what this scope has staged but not
/// yet saved. <see cref="SaveChangesAsync"/> commits the whole scope's unit of work, as
/// <see cref="IUnitOfWork.SaveChangesAsync"/> does.
/// </remarks>
/// <typeparam name="T">The aggregate.</typeparam>
/// <param name="session">The scope's session.</param>
public sealed class InMemoryRepository<T>(InMemorySession session) : IRepository<T>, IReadRepository<T>, IBulkRepository<T>
    where T : AggregateRoot
{
    private static readonly InMemorySpecificationEvaluator Evaluator = InMemorySpecificationEvaluator.Default;

    /// <inheritdoc />
    public Task<T> AddAsync(T entity, CancellationToken cancellationToken = default)
    {
        session.StageAdd(entity);
        return Task.FromResult(entity);
    }

    /// <inheritdoc />
    public Task<IEnumerable<T>> AddRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default)
    {
        var list = entities.ToList();
        foreach (var entity in list) session.StageAdd(entity);
        return Task.FromResult<IEnumerable<T>>(list);
    }

    /// <inheritdoc />
    public void AddInBulk(IReadOnlyList<T> aggregates)
    {
        foreach (var entity in aggregates) session.StageAdd(entity);
    }

    /// <inheritdoc />
    public void UpdateInBulk(IReadOnlyList<T> aggregates)
    {
        foreach (var entity in aggregates) session.StageUpdate(entity);
    }

    /// <inheritdoc />
    public Task<int> UpdateAsync(T entity, CancellationToken cancellationToken = default)
    {
        session.StageUpdate(entity);
        return Task.FromResult(1);
    }

    /// <inheritdoc />
    public Task<int> UpdateRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default)
    {
        var count = 0;
        foreach (var entity in entities)
        {
            session.StageUpdate(entity);
            count++;
        }

        return Task.FromResult(count);
    }

    /// <inheritdoc />
    public Task<int> DeleteAsync(T entity, CancellationToken cancellationToken = default)
    {
        session.StageDelete(entity);
        return Task.FromResult(1);
    }

    /// <inheritdoc />
    public Task<int> DeleteRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default)
    {
        var count = 0;
        foreach (var entity in entities)
        {
            session.StageDelete(entity);
            count++;
        }

        return Task.FromResult(count);
    }

    /// <inheritdoc />
    public async Task<int> DeleteRangeAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        await DeleteRangeAsync(await ListAsync(specification, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public Task<int> SaveChangesAsync(CancellationToken cancellationToken = default)
    {
        session.Commit();
        return Task.FromResult(0);
    }

    /// <inheritdoc />
    public Task<T?> GetByIdAsync<TId>(TId id, CancellationToken cancellationToken = default)
        where TId : notnull
    {
        if (id is not Guid guid) throw new ArgumentException($"Aggregates are found by a Guid id, not a {typeof(TId).Name}.", nameof(id));
        return Task.FromResult(session.Store.Find<T>(guid) is { } row ? session.Track(row.Aggregate, row.Revision) : null);
    }

    /// <inheritdoc />
    public Task<T?> FirstOrDefaultAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        Task.FromResult(Evaluate(specification).FirstOrDefault());

    /// <inheritdoc />
    public Task<TResult?> FirstOrDefaultAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken = default) =>
        Task.FromResult(Evaluate(specification).FirstOrDefault());

    /// <inheritdoc />
    public Task<T?> SingleOrDefaultAsync(ISingleResultSpecification<T> specification, CancellationToken cancellationToken = default) =>
        Task.FromResult(Evaluate(specification).SingleOrDefault());

    /// <inheritdoc />
    public Task<TResult?> SingleOrDefaultAsync<TResult>(ISingleResultSpecification<T, TResult> specification, CancellationToken cancellationToken = default) =>
        Task.FromResult(Evaluate(specification).SingleOrDefault());

    /// <inheritdoc />
    public Task<List<T>> ListAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(session.Store.Rows<T>().Select(r => session.Track(r.Aggregate, r.Revision)).ToList());

    /// <inheritdoc />
    public Task<List<T>> ListAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        Task.FromResult(Evaluate(specification));

    /// <inheritdoc />
    public Task<List<TResult>> ListAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken = default) =>
        Task.FromResult(Evaluate(specification));

    /// <inheritdoc />
    public Task<int> CountAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        Task.FromResult(session.Store.Rows<T>().Count(r => specification.IsSatisfiedBy(r.Aggregate)));

    /// <inheritdoc />
    public Task<int> CountAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(session.Store.Rows<T>().Count);

    /// <inheritdoc />
    public Task<bool> AnyAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        Task.FromResult(session.Store.Rows<T>().Any(r => specification.IsSatisfiedBy(r.Aggregate)));

    /// <inheritdoc />
    public Task<bool> AnyAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(session.Store.Rows<T>().Count > 0);

    /// <inheritdoc />
    public async IAsyncEnumerable<T> AsAsyncEnumerable(ISpecification<T> specification)
    {
        foreach (var aggregate in Evaluate(specification))
        {
            await Task.Yield();
            yield return aggregate;
        }
    }

    // Evaluated over the committed aggregates, then each one found is replaced by this scope's copy.
    private List<T> Evaluate(ISpecification<T> specification)
    {
        ArgumentNullException.ThrowIfNull(specification);
        var rows = session.Store.Rows<T>();
        var revisions = rows.ToDictionary<(T Aggregate, long Revision), T, long>(r => r.Aggregate, r => r.Revision, ReferenceEqualityComparer.Instance);
        return [.. Evaluator.Evaluate(rows.Select(r => r.Aggregate), specification).Select(a => session.Track(a, revisions[a]))];
    }

    // A projection copies what it selects, so it never hands out a committed aggregate.
    private List<TResult> Evaluate<TResult>(ISpecification<T, TResult> specification)
    {
        ArgumentNullException.ThrowIfNull(specification);
        var rows = session.Store.Rows<T>();
        return [.. Evaluator.Evaluate(rows.Select(r => AggregateCopier.Copy(r.Aggregate)), specification)];
    }
}
