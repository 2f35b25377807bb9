using FriendlyGov.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FriendlyGov.Samples.WebApi.Health;

/// <summary>
/// Ready when the app's own database (the same context and connection string the workflow uses)
/// answers and has every migration of this version applied.
/// </summary>
/// <param name="context">The workflow's database context.</param>
internal sealed class DatabaseReadyCheck(FriendlyGovDbContext context) : IHealthCheck
{
    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext checkContext, CancellationToken cancellationToken = default)
    {
        try
        {
            if (!await context.Database.CanConnectAsync(cancellationToken).ConfigureAwait(false))
                return HealthCheckResult.Unhealthy("the database does not answer");
            var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)).ToList();
            return pending.Count == 0
                ? HealthCheckResult.Healthy("the database answers and is migrated")
                : HealthCheckResult.Unhealthy($"the database lacks {pending.Count} migration(s), the first {pending[0]}");
        }
        catch (Exception e) when (e is InvalidOperationException or System.Data.Common.DbException)
        {
            return HealthCheckResult.Unhealthy("the database cannot be reached", e);
        }
    }
}
