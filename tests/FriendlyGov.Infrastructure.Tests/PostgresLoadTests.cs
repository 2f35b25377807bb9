using Microsoft.Extensions.DependencyInjection;

namespace FriendlyGov.Infrastructure.Tests;

/// <summary>
/// The load test on PostgreSQL: a fresh database on the server <c>FRIENDLYGOV_POSTGRES</c> names;
/// reported as skipped, with the reason, where it is not set.
/// </summary>
[Collection(LoadTestGroup.Name)]
public sealed class PostgresLoadTests : WorkflowLoad
{
    private readonly PostgresDatabase _database = PostgresDatabase.ForOneTest();

    /// <inheritdoc />
    protected override string? SkipReason => PostgresDatabase.SkipReason;

    /// <inheritdoc />
    protected override string Database => "PostgreSQL";

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
