using FriendlyGov.Application.Ports;
using FriendlyGov.Infrastructure.Persistence;
using FriendlyGov.Infrastructure.Repositories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FriendlyGov.Infrastructure;

/// <summary>
/// What every provider package shares: the stores over a <see cref="FriendlyGovDbContext"/> and
/// the migration step. Register a database with <c>AddFriendlyGovSqlite</c>
/// (FriendlyGov.Infrastructure.Sqlite) or <c>AddFriendlyGovPostgres</c>
/// (FriendlyGov.Infrastructure.PostgreSql).
/// </summary>
public static class DependencyInjection
{
    /// <summary>
    /// Applies every migration the database lacks and links audit entries written before the
    /// trail was chained into the hash chain (only when no entry is linked yet: a hash blanked
    /// later is left for the verifier to report). Safe to run again: a database already at the
    /// current schema is left as it is.
    /// </summary>
    /// <param name="context">A context on the database.</param>
    /// <remarks>
    /// A database that lacks no migration is not migrated at all: EF Core's migrator takes its
    /// lock by writing a row, so a command refused later would otherwise have changed the file.
    /// </remarks>
    public static void Migrate(FriendlyGovDbContext context)
    {
        if (Guard.Against.Null(context).Database.GetPendingMigrations().Any()) context.Database.Migrate();
        using var transaction = context.Database.BeginTransaction();
        _ = AuditChainWriter.LockAndLinkEarlierAsync(context, refuseBlanked: false, CancellationToken.None).GetAwaiter().GetResult();
        transaction.Commit();
    }

    /// <summary>
    /// Brings the registered database to the current schema now, as <see cref="Migrate"/> does:
    /// the explicit step for an app that creates its database at start-up, or that has just
    /// deleted and recreated it. Safe to run again, and in every process.
    /// </summary>
    /// <remarks>
    /// Without it, each service provider migrates the database the first time one of its scopes
    /// uses it; that memory belongs to the provider, never to the process, so a new provider on
    /// the same connection string checks the schema again.
    /// </remarks>
    /// <param name="services">The app's built services, with <c>AddFriendlyGovSqlite</c> or <c>AddFriendlyGovPostgres</c>.</param>
    /// <exception cref="InvalidOperationException">No FriendlyGov database is registered.</exception>
    public static void MigrateFriendlyGovDatabase(this IServiceProvider services)
    {
        Guard.Against.Null(services);
        var migration = services.GetService<DatabaseMigration>()
            ?? throw new InvalidOperationException("No FriendlyGov database is registered: call AddFriendlyGovSqlite or AddFriendlyGovPostgres first.");
        using var scope = services.CreateScope();
        migration.Run((FriendlyGovDbContext)scope.ServiceProvider.GetRequiredService(migration.ContextType));
    }

    /// <summary>
    /// Adds the stores on <typeparamref name="TContext"/>, the provider's context, configured by
    /// <paramref name="configure"/>; what each provider package's <c>AddFriendlyGov…</c> does.
    /// </summary>
    internal static IServiceCollection AddFriendlyGovStores<TContext>(this IServiceCollection services, Action<DbContextOptionsBuilder> configure)
        where TContext : FriendlyGovDbContext
    {
        Guard.Against.Null(services);
        // The options are built once, not per request: they never change, and the guard keeps no state.
        services.AddDbContext<TContext>(
            builder =>
            {
                configure(builder);
                builder.AddInterceptors(new AuditTrailGuard());
            },
            contextLifetime: ServiceLifetime.Scoped,
            optionsLifetime: ServiceLifetime.Singleton);
        services.AddSingleton(new DatabaseMigration(typeof(TContext)));
        services.AddScoped<FriendlyGovDbContext>(provider =>
        {
            var context = provider.GetRequiredService<TContext>();
            provider.GetRequiredService<DatabaseMigration>().OnFirstUse(context);
            return context;
        });
        services.AddScoped(typeof(IRepository<>), typeof(EfRepository<>));
        services.AddScoped(typeof(IReadRepository<>), typeof(EfRepository<>));
        services.AddScoped(typeof(IBulkRepository<>), typeof(EfRepository<>));
        services.AddScoped<IUnitOfWork, EfUnitOfWork>();
        services.AddScoped<IAuditTrail, EfAuditTrail>();
        services.AddScoped<IIdempotencyStore, EfIdempotencyStore>();
        return services;
    }
}
