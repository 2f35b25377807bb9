using System.Collections.Concurrent;
using FriendlyGov.Application.Ports;
using FriendlyGov.Infrastructure.Persistence;
using FriendlyGov.Infrastructure.Repositories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FriendlyGov.Infrastructure;

/// <summary>Adds FriendlyGov's stores on a database, in one line per provider.</summary>
public static class DependencyInjection
{
    private static readonly ConcurrentDictionary<string, Lazy<bool>> Migrated = new(StringComparer.Ordinal);

    /// <summary>
    /// Stores everything in SQLite, the embedded default: <c>Data Source=friendlygov.db</c> is a
    /// file, created and migrated to the current schema on first use.
    /// </summary>
    /// <param name="services">The app's services.</param>
    /// <param name="connectionString">A SQLite connection string, such as <c>Data Source=friendlygov.db</c>.</param>
    /// <param name="configure">More options for EF Core, such as logging; optional.</param>
    /// <returns>The same services, for chaining.</returns>
    public static IServiceCollection AddFriendlyGovSqlite(this IServiceCollection services, string connectionString, Action<DbContextOptionsBuilder>? configure = null)
    {
        Guard.Against.NullOrWhiteSpace(connectionString);
        return services.AddFriendlyGovStores<SqliteFriendlyGovDbContext>("sqlite|" + connectionString, builder =>
        {
            builder.UseSqlite(connectionString);
            configure?.Invoke(builder);
        });
    }

    /// <summary>
    /// Stores everything in PostgreSQL, for a province or the whole country; the schema is
    /// migrated to the current version on first use.
    /// </summary>
    /// <param name="services">The app's services.</param>
    /// <param name="connectionString">An Npgsql connection string.</param>
    /// <param name="configure">More options for EF Core, such as logging; optional.</param>
    /// <returns>The same services, for chaining.</returns>
    public static IServiceCollection AddFriendlyGovPostgres(this IServiceCollection services, string connectionString, Action<DbContextOptionsBuilder>? configure = null)
    {
        Guard.Against.NullOrWhiteSpace(connectionString);
        return services.AddFriendlyGovStores<PostgresFriendlyGovDbContext>("postgres|" + connectionString, builder =>
        {
            builder.UseNpgsql(connectionString, npgsql => npgsql.UseNodaTime());
            configure?.Invoke(builder);
        });
    }

    /// <summary>
    /// Applies every migration the database lacks and links audit entries written before the
    /// trail was chained into the hash chain; what <c>AddFriendlyGov…</c> does on first use.
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
        _ = AuditChainWriter.LockAndLinkEarlierAsync(context, CancellationToken.None).GetAwaiter().GetResult();
        transaction.Commit();
    }

    private static IServiceCollection AddFriendlyGovStores<TContext>(this IServiceCollection services, string key, Action<DbContextOptionsBuilder> configure)
        where TContext : FriendlyGovDbContext
    {
        Guard.Against.Null(services);
        services.AddDbContext<TContext>(builder =>
        {
            configure(builder);
            builder.AddInterceptors(new AuditTrailGuard());
        });
        services.AddScoped<FriendlyGovDbContext>(provider =>
        {
            var context = provider.GetRequiredService<TContext>();
            _ = Migrated.GetOrAdd(key, _ => new Lazy<bool>(() =>
            {
                Migrate(context);
                return true;
            })).Value;
            return context;
        });
        services.AddScoped(typeof(IRepository<>), typeof(EfRepository<>));
        services.AddScoped(typeof(IReadRepository<>), typeof(EfRepository<>));
        services.AddScoped<IUnitOfWork, EfUnitOfWork>();
        services.AddScoped<IAuditTrail, EfAuditTrail>();
        services.AddScoped<IIdempotencyStore, EfIdempotencyStore>();
        return services;
    }
}
