using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace FriendlyGov.Infrastructure.Tests;

/// <summary>The bulk write contract on a fresh PostgreSQL database; skipped, with the reason, without <c>FRIENDLYGOV_POSTGRES</c>.</summary>
public sealed class PostgresBulkWriteTests : BulkWriteContract
{
    private readonly PostgresDatabase _database = PostgresDatabase.ForOneTest();

    /// <inheritdoc />
    protected override string? SkipReason => PostgresDatabase.SkipReason;

    /// <inheritdoc />
    protected override void AddStores(IServiceCollection services, IInterceptor interceptor)
    {
        _database.Create();
        services.AddFriendlyGovPostgres(_database.ConnectionString, builder => builder.AddInterceptors(interceptor));
    }

    /// <inheritdoc />
    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }
}
