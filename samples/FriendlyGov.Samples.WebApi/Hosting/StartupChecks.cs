using FriendlyGov.Infrastructure.Persistence;
using FriendlyGov.Samples.WebApi.Limits;
using FriendlyGov.Samples.WebApi.SignIn;

namespace FriendlyGov.Samples.WebApi.Hosting;

/// <summary>
/// Runs before the server listens: refuses to start with a configuration that is unsafe where
/// the app runs (the actor header or <c>AllowedHosts=*</c> outside Development, JWT settings
/// missing, limits that make no sense), then migrates the database, so that <c>/health/ready</c>
/// is true from the first request.
/// </summary>
/// <param name="configuration">The app's configuration.</param>
/// <param name="environment">Where it runs.</param>
/// <param name="services">Resolves the database context.</param>
internal sealed class StartupChecks(IConfiguration configuration, IHostEnvironment environment, IServiceScopeFactory services) : IHostedLifecycleService
{
    /// <summary>Every reason not to start; empty when the app may.</summary>
    /// <param name="configuration">The app's configuration.</param>
    /// <param name="environment">Where it runs.</param>
    /// <returns>One sentence per problem, naming the setting.</returns>
    public static IReadOnlyList<string> Problems(IConfiguration configuration, IHostEnvironment environment)
    {
        var problems = new List<string>();
        problems.AddRange(SignInSettings.From(configuration).Problems(environment));
        problems.AddRange(LimitSettings.From(configuration).Problems());
        problems.AddRange(TelemetrySetup.Problems(configuration));
        var hosts = configuration["AllowedHosts"];
        if (!environment.IsDevelopment() && (string.IsNullOrWhiteSpace(hosts) || hosts.Split(';').Any(h => h.Trim() == "*")))
            problems.Add($"AllowedHosts is '{hosts}': outside Development name the host names the app answers to, such as AllowedHosts=friendlygov.dongnai.gov.vn");
        return problems;
    }

    /// <inheritdoc />
    public Task StartingAsync(CancellationToken cancellationToken)
    {
        var problems = Problems(configuration, environment);
        if (problems.Count > 0) throw new StartupRefusedException(problems);
        using var scope = services.CreateScope();
        _ = scope.ServiceProvider.GetRequiredService<FriendlyGovDbContext>(); // migrates on first use
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
