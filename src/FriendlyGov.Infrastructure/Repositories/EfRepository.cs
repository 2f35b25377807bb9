using System.Runtime.CompilerServices;
using Ardalis.Specification;
using FriendlyGov.Application.Ports;
using FriendlyGov.Domain;
using FriendlyGov.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FriendlyGov.Infrastructure.Repositories;

/// <summary>
/// A repository on EF Core: reads run as SQL through <see cref="SpecificationEvaluator"/>;
/// writes are staged in the context and committed by <see cref="EfUnitOfWork"/>.
/// </summary>
/// <typeparam name="T">The aggregate.</typeparam>
/// <param name="context">The scope's database context.</param>
public sealed class EfRepository<T>(FriendlyGovDbContext context) : IRepository<T>, IReadRepository<T>, IBulkRepository<T>
    where T : AggregateRoot
{
    private DbSet<T> Set => context.Set<T>();

    /// <inheritdoc />
    public Task<T> AddAsync(T entity, CancellationToken cancellationToken = default)
    {
        Set.Add(Guard.Against.Null(entity));
        return Task.FromResult(entity);
    }

    /// <inheritdoc />
    public Task<IEnumerable<T>> AddRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default)
    {
        var list = Guard.Against.Null(entities).ToList();
        Set.AddRange(list);
        return Task.FromResult<IEnumerable<T>>(list);
    }

    /// <inheritdoc />
    /// <remarks>Written by the provider's bulk path (<see cref="FriendlyGovDbContext.StageBulkInsert{T}"/>), untracked.</remarks>
    public void AddInBulk(IReadOnlyList<T> aggregates) => context.StageBulkInsert(Guard.Against.Null(aggregates));

    /// <inheritdoc />
    /// <remarks>Written by the provider's bulk path (<see cref="FriendlyGovDbContext.StageBulkUpdate{T}"/>); a tracked aggregate stops being tracked.</remarks>
    public void UpdateInBulk(IReadOnlyList<T> aggregates) => context.StageBulkUpdate(Guard.Against.Null(aggregates));

    /// <inheritdoc />
    public Task<int> UpdateAsync(T entity, CancellationToken cancellationToken = default)
    {
        MarkUpdated(Guard.Against.Null(entity));
        return Task.FromResult(1);
    }

    /// <inheritdoc />
    public Task<int> UpdateRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default)
    {
        var list = Guard.Against.Null(entities).ToList();
        list.ForEach(MarkUpdated);
        return Task.FromResult(list.Count);
    }

    /// <inheritdoc />
    public Task<int> DeleteAsync(T entity, CancellationToken cancellationToken = default)
    {
        Set.Remove(Guard.Against.Null(entity));
        return Task.FromResult(1);
    }

    /// <inheritdoc />
    public Task<int> DeleteRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default)
    {
        var list = Guard.Against.Null(entities).ToList();
        Set.RemoveRange(list);
        return Task.FromResult(list.Count);
    }

    /// <inheritdoc />
    public async Task<int> DeleteRangeAsync(ISpecification<T> specification, CancellationToken cancellationToken = default)
    {
        var list = await ListAsync(specification, cancellationToken).ConfigureAwait(false);
        Set.RemoveRange(list);
        return list.Count;
    }

    /// <inheritdoc />
    public Task<int> SaveChangesAsync(CancellationToken cancellationToken = default) => context.SaveChangesAsync(cancellationToken);

    /// <inheritdoc />
    public async Task<T?> GetByIdAsync<TId>(TId id, CancellationToken cancellationToken = default)
        where TId : notnull =>
        await Set.FindAsync([id], cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public Task<T?> FirstOrDefaultAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        Query(specification).FirstOrDefaultAsync(cancellationToken);

    /// <inheritdoc />
    public Task<TResult?> FirstOrDefaultAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken = default) =>
        Query(specification).FirstOrDefaultAsync(cancellationToken);

    /// <inheritdoc />
    public Task<T?> SingleOrDefaultAsync(ISingleResultSpecification<T> specification, CancellationToken cancellationToken = default) =>
        Query(specification).SingleOrDefaultAsync(cancellationToken);

    /// <inheritdoc />
    public Task<TResult?> SingleOrDefaultAsync<TResult>(ISingleResultSpecification<T, TResult> specification, CancellationToken cancellationToken = default) =>
        Query(specification).SingleOrDefaultAsync(cancellationToken);

    /// <inheritdoc />
    public Task<List<T>> ListAsync(CancellationToken cancellationToken = default) => Set.ToListAsync(cancellationToken);

    /// <inheritdoc />
    public Task<List<T>> ListAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        Query(specification).ToListAsync(cancellationToken);

    /// <inheritdoc />
    public Task<List<TResult>> ListAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken = default) =>
        Query(specification).ToListAsync(cancellationToken);

    /// <inheritdoc />
    public Task<int> CountAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        SpecificationEvaluator.Apply(Set, Guard.Against.Null(specification)).CountAsync(cancellationToken);

    /// <inheritdoc />
    public Task<int> CountAsync(CancellationToken cancellationToken = default) => Set.CountAsync(cancellationToken);

    /// <inheritdoc />
    public Task<bool> AnyAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        SpecificationEvaluator.Apply(Set, Guard.Against.Null(specification)).AnyAsync(cancellationToken);

    /// <inheritdoc />
    public Task<bool> AnyAsync(CancellationToken cancellationToken = default) => Set.AnyAsync(cancellationToken);

    /// <inheritdoc />
    public async IAsyncEnumerable<T> AsAsyncEnumerable(ISpecification<T> specification)
    {
        await foreach (var item in Query(specification).AsAsyncEnumerable().ConfigureAwait(false)) yield return item;
    }

    private IQueryable<T> Query(ISpecification<T> specification) =>
        SpecificationEvaluator.Apply(Set, Guard.Against.Null(specification));

    // A projection reads only the columns it selects, and nothing it returns is tracked.
    private IQueryable<TResult> Query<TResult>(ISpecification<T, TResult> specification) =>
        Query((ISpecification<T>)specification).AsNoTracking().Select(specification.Selector ?? throw new InvalidOperationException($"{specification.GetType().Name} has no selector."));

    private void MarkUpdated(T entity)
    {
        // A tracked aggregate's changes are found by the change tracker; attach one read elsewhere.
        if (context.Entry(entity).State == EntityState.Detached) Set.Update(entity);
    }
}
