using FriendlyGov.Application.Ports;
using Microsoft.Extensions.DependencyInjection;

namespace FriendlyGov.Application.Tests.InMemory;

/// <summary>Registers the in-memory ports.</summary>
public static class InMemoryServices
{
    /// <summary>
    /// Adds the in-memory stores: one <see cref="InMemoryStore"/> for the provider, and per scope a
    /// session with its repositories, unit of work, audit trail and idempotency store.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <returns>The same services.</returns>
    public static IServiceCollection AddInMemoryStores(this IServiceCollection services)
    {
        services.AddSingleton<InMemoryStore>();
        services.AddScoped<InMemorySession>();
        services.AddScoped(typeof(IRepository<>), typeof(InMemoryRepository<>));
        services.AddScoped(typeof(IReadRepository<>), typeof(InMemoryRepository<>));
        services.AddScoped(typeof(IBulkRepository<>), typeof(InMemoryRepository<>));
        services.AddScoped<IUnitOfWork, InMemoryUnitOfWork>();
        services.AddScoped<IAuditTrail, InMemoryAuditTrail>();
        services.AddScoped<IIdempotencyStore, InMemoryIdempotencyStore>();
        return services;
    }
}
