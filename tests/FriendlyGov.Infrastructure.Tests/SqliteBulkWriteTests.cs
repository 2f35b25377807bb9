using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace FriendlyGov.Infrastructure.Tests;

/// <summary>The bulk write contract on a fresh SQLite file.</summary>
public sealed class SqliteBulkWriteTests : BulkWriteContract
{
    private readonly TempDirectory _folder = new();

    /// <inheritdoc />
    protected override void AddStores(IServiceCollection services, IInterceptor interceptor) =>
        services.AddFriendlyGovSqlite($"Data Source={Path.Combine(_folder.Path, "friendlygov.db")}", builder => builder.AddInterceptors(interceptor));

    /// <inheritdoc />
    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
