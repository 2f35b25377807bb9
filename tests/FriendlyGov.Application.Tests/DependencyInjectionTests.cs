using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Ports;
using FriendlyGov.Application.Tests.InMemory;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace FriendlyGov.Application.Tests;

/// <summary><c>AddFriendlyGov()</c>, with stores, an actor and a clock, wires every request of the workflow.</summary>
public sealed class DependencyInjectionTests
{
    public static TheoryData<string> Requests => new(
        typeof(DependencyInjection).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsInterface: false } && t.GetInterfaces().Any(IsRequest))
            .Select(t => t.FullName!)
            .Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Requests))]
    public void Every_request_has_one_handler_and_an_authorizer(string requestName)
    {
        var request = typeof(DependencyInjection).Assembly.GetType(requestName)!;
        var response = request.GetInterfaces().Single(IsRequest).GetGenericArguments()[0];
        var services = new ServiceCollection().AddFriendlyGov().AddInMemoryStores();
        services.AddScoped<ICurrentActor, TestActor>();
        services.AddSingleton<IClock>(new FakeClock(Instant.FromUtc(2025, 1, 10, 2, 0)));
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        using var scope = provider.CreateScope();

        scope.ServiceProvider.GetServices(typeof(IRequestHandler<,>).MakeGenericType(request, response)).Should().ContainSingle();
        scope.ServiceProvider.GetServices(typeof(IRequestAuthorizer<>).MakeGenericType(request)).Should().NotBeEmpty();
        scope.ServiceProvider.GetService<IMediator>().Should().NotBeNull();
    }

    private static bool IsRequest(Type type) =>
        type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(ICommand<>) || type.GetGenericTypeDefinition() == typeof(IQuery<>));
}
