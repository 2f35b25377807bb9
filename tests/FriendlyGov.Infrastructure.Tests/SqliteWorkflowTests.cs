using FriendlyGov.Application.Tests.Contract;
using Microsoft.Extensions.DependencyInjection;

namespace FriendlyGov.Infrastructure.Tests;

/// <summary>The workflow contract on SQLite, the embedded default: a fresh database file per test.</summary>
public sealed class SqliteWorkflowTests : WorkflowContract
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
