using FriendlyGov.Application.Ports;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace FriendlyGov.Application.Tests.InMemory;

/// <summary>
/// The workflow on in-memory stores for a test that sets its own options or ports: the clock
/// stands at 10 January 2025, 09:00 in Vietnam, and each request runs in its own scope as the
/// actor given.
/// </summary>
public sealed class InMemoryApp : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    /// <summary>Builds the app.</summary>
    /// <param name="configure">Changes FriendlyGov's options; optional.</param>
    /// <param name="ports">Registers the app's own ports before FriendlyGov's defaults; optional.</param>
    public InMemoryApp(Action<FriendlyGovOptions>? configure = null, Action<IServiceCollection>? ports = null)
    {
        var services = new ServiceCollection();
        ports?.Invoke(services);
        services.AddFriendlyGov(configure).AddInMemoryStores();
        services.AddScoped<TestActor>();
        services.AddScoped<ICurrentActor>(provider => provider.GetRequiredService<TestActor>());
        services.AddSingleton<IClock>(new FakeClock(Instant.FromUtc(2025, 1, 10, 2, 0)));
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    /// <summary>Sends a request as <paramref name="actor"/> from a scope of its own.</summary>
    /// <typeparam name="T">The response.</typeparam>
    /// <param name="actor">Who sends it.</param>
    /// <param name="request">The request.</param>
    /// <returns>The response.</returns>
    public async Task<T> SendAs<T>(Actor actor, IRequest<T> request)
    {
        await using var scope = _provider.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TestActor>().Actor = actor;
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request, TestContext.Current.CancellationToken);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _provider.DisposeAsync();
}
