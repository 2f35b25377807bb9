using Microsoft.Extensions.DependencyInjection;

namespace FriendlyGov.Infrastructure.Tests;

/// <summary>The audit tampering checks on SQLite: a fresh database file per test.</summary>
public sealed class SqliteAuditTamperTests : AuditTamperContract
{
    private readonly TempDirectory _folder = new();

    /// <inheritdoc />
    protected override void AddStores(IServiceCollection services) =>
        services.AddFriendlyGovSqlite($"Data Source={Path.Combine(_folder.Path, "friendlygov.db")};Pooling=False");

    /// <inheritdoc />
    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _folder.Dispose();
    }
}
