using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace FriendlyGov.Infrastructure.Tests;

/// <summary>The load test on SQLite, the embedded default: one database file shared by every worker,
/// with pooled connections as an app would open them.</summary>
[Collection(LoadTestGroup.Name)]
public sealed class SqliteLoadTests : WorkflowLoad
{
    private readonly TempDirectory _folder = new();

    /// <inheritdoc />
    protected override string Database => "SQLite";

    /// <inheritdoc />
    protected override void AddStores(IServiceCollection services) =>
        services.AddFriendlyGovSqlite($"Data Source={Path.Combine(_folder.Path, "friendlygov.db")}");

    /// <inheritdoc />
    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
