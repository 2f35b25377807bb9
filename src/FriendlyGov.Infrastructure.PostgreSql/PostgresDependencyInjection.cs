using FriendlyGov.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FriendlyGov.Infrastructure;

/// <summary>Adds FriendlyGov's stores on PostgreSQL, for a province or the whole country, in one line.</summary>
public static class PostgresDependencyInjection
{
    /// <summary>
    /// Stores everything in PostgreSQL, for a province or the whole country; the schema is
    /// migrated to the current version on the provider's first use (or by
    /// <see cref="DependencyInjection.MigrateFriendlyGovDatabase"/>).
    /// </summary>
    /// <param name="services">The app's services.</param>
    /// <param name="connectionString">An Npgsql connection string.</param>
    /// <param name="configure">More options for EF Core, such as logging; optional.</param>
    /// <returns>The same services, for chaining.</returns>
    public static IServiceCollection AddFriendlyGovPostgres(this IServiceCollection services, string connectionString, Action<DbContextOptionsBuilder>? configure = null)
    {
        Guard.Against.NullOrWhiteSpace(connectionString);
        return services.AddFriendlyGovStores<PostgresFriendlyGovDbContext>(builder =>
        {
            builder.UseNpgsql(connectionString, npgsql => npgsql.UseNodaTime());
            configure?.Invoke(builder);
        });
    }
}
