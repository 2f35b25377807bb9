using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;

namespace FriendlyGov.Infrastructure.Repositories;

/// <summary>
/// Applies a specification's filters, ordering and paging to an <see cref="IQueryable{T}"/>, so
/// that EF Core translates them into SQL and the database does the work.
/// </summary>
/// <remarks>Ardalis.Specification's EF Core package is not available; this covers what FriendlyGov's specifications use.</remarks>
public static class SpecificationEvaluator
{
    /// <summary>Applies <paramref name="specification"/> to <paramref name="query"/>.</summary>
    /// <typeparam name="T">The entity.</typeparam>
    /// <param name="query">The query.</param>
    /// <param name="specification">The specification: <c>AsNoTracking</c>, <c>Where</c>, <c>OrderBy</c>/<c>ThenBy</c> (descending too), <c>Skip</c>, <c>Take</c>.</param>
    /// <returns>The query with them applied.</returns>
    /// <exception cref="NotSupportedException">The specification uses a feature this evaluator does not translate (search, includes).</exception>
    public static IQueryable<T> Apply<T>(IQueryable<T> query, ISpecification<T> specification)
        where T : class
    {
        Guard.Against.Null(query);
        Guard.Against.Null(specification);
        if (specification.SearchCriterias.Any() || specification.IncludeExpressions.Any() || specification.IncludeStrings.Any())
            throw new NotSupportedException($"{specification.GetType().Name} uses search or includes, which FriendlyGov's evaluator does not translate.");

        if (specification.AsNoTracking) query = query.AsNoTracking();
        foreach (var where in specification.WhereExpressions) query = query.Where(where.Filter);

        IOrderedQueryable<T>? ordered = null;
        foreach (var order in specification.OrderExpressions)
        {
            ordered = order.OrderType switch
            {
                OrderTypeEnum.OrderBy => query.OrderBy(order.KeySelector),
                OrderTypeEnum.OrderByDescending => query.OrderByDescending(order.KeySelector),
                OrderTypeEnum.ThenBy => (ordered ?? throw Unordered(specification)).ThenBy(order.KeySelector),
                OrderTypeEnum.ThenByDescending => (ordered ?? throw Unordered(specification)).ThenByDescending(order.KeySelector),
                _ => throw new NotSupportedException($"Order type {order.OrderType} is not supported."),
            };
            query = ordered;
        }

        if (specification.Skip > 0) query = query.Skip(specification.Skip);
        if (specification.Take >= 0) query = query.Take(specification.Take);
        return query;
    }

    private static InvalidOperationException Unordered<T>(ISpecification<T> specification) =>
        new($"{specification.GetType().Name} has ThenBy without OrderBy.");
}
