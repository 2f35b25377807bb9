using FriendlyGov.Application.Tests.Contract;
using Microsoft.Extensions.DependencyInjection;

namespace FriendlyGov.Infrastructure.Tests;

/// <summary>
/// The workflow contract on PostgreSQL: a fresh database per test on the server
/// <c>FRIENDLYGOV_POSTGRES</c> names; reported as skipped, with the reason, where it is not set.
/// </summary>
public sealed class PostgresWorkflowTests : WorkflowContract
{
    private readonly PostgresDatabase _database = PostgresDatabase.ForOneTest();

    /// <inheritdoc />
    protected override string? SkipReason => PostgresDatabase.SkipReason;

    /// <inheritdoc />
    protected override void AddStores(IServiceCollection services)
    {
        _database.Create();
        services.AddFriendlyGovPostgres(_database.ConnectionString);
    }

    /// <inheritdoc />
    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }
}
