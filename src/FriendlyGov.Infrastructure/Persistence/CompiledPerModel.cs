using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace FriendlyGov.Infrastructure.Persistence;

/// <summary>
/// A query compiled with <c>EF.CompileAsyncQuery</c> once per model, for a read that every command
/// makes: EF Core refuses to run a compiled query on a model other than the one it first ran on,
/// and one process may open SQLite and PostgreSQL.
/// </summary>
/// <typeparam name="TQuery">The compiled query's delegate.</typeparam>
/// <param name="compile">Compiles the query; called once for each model.</param>
internal sealed class CompiledPerModel<TQuery>(Func<TQuery> compile)
    where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> _compiled = new();
    private readonly ConditionalWeakTable<IModel, TQuery>.CreateValueCallback _compile = _ => compile();

    /// <summary>The query compiled for <paramref name="context"/>'s model.</summary>
    /// <param name="context">The context it will run on.</param>
    /// <returns>The compiled query.</returns>
    public TQuery For(DbContext context) => _compiled.GetValue(context.Model, _compile);
}
