using FriendlyGov.Application;
using FriendlyGov.Application.Ports;
using FriendlyGov.Infrastructure.Persistence;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace FriendlyGov.Benchmarks;

/// <summary>
/// The app's wiring, as an integrator writes it (<c>AddFriendlyGov()</c>, the stores, an actor and
/// a clock), and requests sent through <see cref="IMediator"/>, one scope per request.
/// </summary>
public sealed class Workflow : IDisposable
{
    private readonly ServiceProvider _services;
    private readonly CurrentActor _actor = new();

    /// <summary>Wires the workflow on <paramref name="database"/>.</summary>
    /// <param name="database">The database.</param>
    public Workflow(BenchmarkDatabase database)
    {
        var services = new ServiceCollection();
        // The evidence benchmark sends 105,990 rows in one request, above the default limit of
        // 100,000 rows (FriendlyGovOptions.MaxRowsPerRequest): a province raises it on purpose.
        services.AddFriendlyGov(options => options.MaxRowsPerRequest = 200_000);
        database.AddStores(services);
        services.AddSingleton<ICurrentActor>(_actor);
        services.AddSingleton<IClock>(new FixedClock(Now));
        _services = services.BuildServiceProvider();
    }

    /// <summary>The clock's instant: 10 January 2025, 09:00 in Vietnam.</summary>
    public static Instant Now { get; } = Instant.FromUtc(2025, 1, 10, 2, 0);

    /// <summary>Sends a request as <paramref name="actor"/> from a fresh scope.</summary>
    /// <typeparam name="T">The response.</typeparam>
    /// <param name="actor">Who sends it.</param>
    /// <param name="request">The request.</param>
    /// <returns>The response.</returns>
    public async Task<T> SendAs<T>(Actor actor, IRequest<T> request)
    {
        _actor.Actor = actor;
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    /// <summary>Works on the database directly, for setting up what the benchmarks measure.</summary>
    /// <param name="work">The work.</param>
    /// <returns>A task.</returns>
    public async Task WithDatabase(Func<FriendlyGovDbContext, IServiceProvider, Task> work)
    {
        await using var scope = _services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<FriendlyGovDbContext>(), scope.ServiceProvider);
    }

    /// <inheritdoc />
    public void Dispose() => _services.Dispose();

    private sealed class CurrentActor : ICurrentActor
    {
        public Actor Actor { get; set; } = new("nobody", new HashSet<ActorRole>());
    }

    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}
