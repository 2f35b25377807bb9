using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace FriendlyGov.Samples.WebApi.Health;

/// <summary>The probes an orchestrator asks: <c>/health/live</c> (the process answers) and <c>/health/ready</c> (and its database is reachable and migrated).</summary>
internal static class HealthEndpoints
{
    private const string Ready = "ready";

    /// <summary>Adds the readiness check of the database.</summary>
    /// <param name="services">The app's services.</param>
    /// <returns>The same services.</returns>
    public static IServiceCollection AddHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DatabaseReadyCheck>("database", tags: [Ready]);
        return services;
    }

    /// <summary>Maps both probes: anonymous, outside the rate limits, answering 200 or 503 with the status as text.</summary>
    /// <param name="app">The app's routes.</param>
    public static void MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous().DisableRateLimiting();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready) }).AllowAnonymous().DisableRateLimiting();
    }
}
