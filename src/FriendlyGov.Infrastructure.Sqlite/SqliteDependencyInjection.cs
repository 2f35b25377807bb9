using FriendlyGov.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FriendlyGov.Infrastructure;

/// <summary>Adds FriendlyGov's stores on SQLite, the embedded default, in one line.</summary>
public static class SqliteDependencyInjection
{
    /// <summary>
    /// Stores everything in SQLite, the embedded default: <c>Data Source=friendlygov.db</c> is a
    /// file, created and migrated to the current schema on the provider's first use (or by
    /// <see cref="DependencyInjection.MigrateFriendlyGovDatabase"/>).
    /// </summary>
    /// <remarks>
    /// An in-memory or temporary database (<c>Data Source=:memory:</c>, <c>Mode=Memory</c>, an
    /// empty data source) is refused: each scope opens its own connection, and such a database
    /// lives and dies with one connection, so every request would find a new, empty database.
    /// Use a file; a test uses one in a temporary folder.
    /// </remarks>
    /// <param name="services">The app's services.</param>
    /// <param name="connectionString">A SQLite connection string naming a file, such as <c>Data Source=friendlygov.db</c>.</param>
    /// <param name="configure">More options for EF Core, such as logging; optional.</param>
    /// <returns>The same services, for chaining.</returns>
    /// <exception cref="ArgumentException">The connection string is not one SQLite reads, or names an in-memory or temporary database.</exception>
    public static IServiceCollection AddFriendlyGovSqlite(this IServiceCollection services, string connectionString, Action<DbContextOptionsBuilder>? configure = null)
    {
        Guard.Against.NullOrWhiteSpace(connectionString);
        RefuseDatabaseOfOneConnection(connectionString);
        return services.AddFriendlyGovStores<SqliteFriendlyGovDbContext>(builder =>
        {
            builder.UseSqlite(connectionString);
            configure?.Invoke(builder);
        });
    }

    private static void RefuseDatabaseOfOneConnection(string connectionString)
    {
        SqliteConnectionStringBuilder parsed;
        try
        {
            parsed = new SqliteConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException ex)
        {
            throw new ArgumentException($"AddFriendlyGovSqlite: the connection string is not one SQLite reads: {ex.Message}", nameof(connectionString), ex);
        }

        var oneConnection = parsed.Mode == SqliteOpenMode.Memory
            ? "Mode=Memory"
            : parsed.DataSource.Trim() switch
            {
                ":memory:" => "Data Source=:memory:",
                "" => "an empty Data Source (a temporary database)",
                _ => null,
            };
        if (oneConnection is not null)
            throw new ArgumentException(
                $"AddFriendlyGovSqlite: {oneConnection} is refused: each request opens its own connection and such a database lives only as long as one connection, so every request would see a new, empty database. Give a file instead, such as Data Source=friendlygov.db (in a temporary folder for tests).",
                nameof(connectionString));
    }
}
