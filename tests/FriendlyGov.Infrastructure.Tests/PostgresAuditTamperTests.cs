using Microsoft.Extensions.DependencyInjection;

namespace FriendlyGov.Infrastructure.Tests;

/// <summary>The audit tampering checks on PostgreSQL: a fresh database per test; skipped, with the reason, where <c>FRIENDLYGOV_POSTGRES</c> is not set.</summary>
public sealed class PostgresAuditTamperTests : AuditTamperContract
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
