using Npgsql;

namespace FriendlyGov.Infrastructure.Tests;

/// <summary>
/// A throwaway PostgreSQL database for one test, on the server that <c>FRIENDLYGOV_POSTGRES</c>
/// names (<c>.ci/run</c> starts one); dropped when disposed.
/// </summary>
public sealed class PostgresDatabase : IAsyncDisposable
{
    /// <summary>The environment variable holding the server's connection string.</summary>
    public const string Variable = "FRIENDLYGOV_POSTGRES";

    private readonly string _admin;
    private readonly string _name = "friendlygov_test_" + Guid.NewGuid().ToString("N");
    private bool _created;

    private PostgresDatabase(string admin) => _admin = admin;

    /// <summary>Why PostgreSQL tests cannot run here, or <see langword="null"/> when they can.</summary>
    public static string? SkipReason =>
        string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable))
            ? $"PostgreSQL tests run when {Variable} holds a connection string (bash .ci/run starts a throwaway server and sets it)"
            : null;

    /// <summary>The connection string of this test's database.</summary>
    public string ConnectionString => new NpgsqlConnectionStringBuilder(_admin) { Database = _name }.ConnectionString;

    /// <summary>A database for one test; created on first use of <see cref="Create"/>.</summary>
    /// <returns>The database, not yet created.</returns>
    public static PostgresDatabase ForOneTest() => new(Environment.GetEnvironmentVariable(Variable) ?? string.Empty);

    /// <summary>Creates the database.</summary>
    public void Create()
    {
        using var connection = new NpgsqlConnection(_admin);
        connection.Open();
        using var command = new NpgsqlCommand($"CREATE DATABASE \"{_name}\"", connection);
        command.ExecuteNonQuery();
        _created = true;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (!_created) return;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
