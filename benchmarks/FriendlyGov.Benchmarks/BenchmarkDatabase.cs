using FriendlyGov.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace FriendlyGov.Benchmarks;

/// <summary>
/// A database of its own for one benchmark case: a SQLite file in a temporary folder, or a
/// PostgreSQL database created on the server <c>FRIENDLYGOV_POSTGRES</c> names; removed on disposal.
/// </summary>
public sealed class BenchmarkDatabase : IDisposable
{
    /// <summary>The name of the SQLite cases.</summary>
    public const string Sqlite = "SQLite";

    /// <summary>The name of the PostgreSQL cases.</summary>
    public const string Postgres = "PostgreSQL";

    /// <summary>The environment variable holding the PostgreSQL server's connection string.</summary>
    public const string PostgresVariable = "FRIENDLYGOV_POSTGRES";

    private readonly string? _folder;
    private readonly string? _admin;
    private readonly string? _name;

    private BenchmarkDatabase(string provider, string? folder, string? admin, string? name)
    {
        Provider = provider;
        _folder = folder;
        _admin = admin;
        _name = name;
    }

    /// <summary>The databases to run on: SQLite always, PostgreSQL when <c>FRIENDLYGOV_POSTGRES</c> is set.</summary>
    public static IEnumerable<string> Available =>
        string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgresVariable)) ? [Sqlite] : [Sqlite, Postgres];

    /// <summary><see cref="Sqlite"/> or <see cref="Postgres"/>.</summary>
    public string Provider { get; }

    /// <summary>Creates an empty database; the schema is migrated when the services first use it.</summary>
    /// <param name="provider"><see cref="Sqlite"/> or <see cref="Postgres"/>.</param>
    /// <returns>The database.</returns>
    public static BenchmarkDatabase Create(string provider)
    {
        if (provider == Sqlite)
        {
            var folder = Path.Combine(Path.GetTempPath(), "friendlygov-bench-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            return new BenchmarkDatabase(provider, folder, null, null);
        }

        var admin = Environment.GetEnvironmentVariable(PostgresVariable)
            ?? throw new InvalidOperationException($"{PostgresVariable} is not set.");
        var name = "friendlygov_bench_" + Guid.NewGuid().ToString("N");
        using (var connection = new NpgsqlConnection(admin))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            command.ExecuteNonQuery();
        }

        return new BenchmarkDatabase(provider, null, admin, name);
    }

    /// <summary>The database's connection string, for <see cref="Provider"/>'s ADO.NET connection.</summary>
    public string ConnectionString => Provider == Sqlite
        ? $"Data Source={Path.Combine(_folder!, "friendlygov.db")}"
        : new NpgsqlConnectionStringBuilder(_admin) { Database = _name }.ConnectionString;

    /// <summary>Opens a plain ADO.NET connection to the database.</summary>
    /// <returns>The open connection; the caller disposes it.</returns>
    public System.Data.Common.DbConnection OpenConnection()
    {
        System.Data.Common.DbConnection connection = Provider == Sqlite
            ? new Microsoft.Data.Sqlite.SqliteConnection(ConnectionString)
            : new NpgsqlConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    /// <summary>Adds FriendlyGov's stores on this database, in the one line an app writes.</summary>
    /// <param name="services">The services.</param>
    public void AddStores(IServiceCollection services)
    {
        if (Provider == Sqlite) services.AddFriendlyGovSqlite(ConnectionString);
        else services.AddFriendlyGovPostgres(ConnectionString);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_folder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
            return;
        }

        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(_admin);
        connection.Open();
        using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", connection);
        command.ExecuteNonQuery();
    }
}
