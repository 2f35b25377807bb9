using FriendlyGov.Application.Ports;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace FriendlyGov.Samples.DongNai;

/// <summary>Sends one request as one actor, from a fresh scope, as an app handles one HTTP request.</summary>
/// <param name="provider">The app's services.</param>
internal sealed class SampleSender(IServiceProvider provider)
{
    /// <summary>Sends <paramref name="request"/> as <paramref name="actor"/>.</summary>
    /// <typeparam name="T">The response.</typeparam>
    /// <param name="actor">Who sends it.</param>
    /// <param name="request">The request.</param>
    /// <returns>The response.</returns>
    public async Task<T> SendAs<T>(Actor actor, IRequest<T> request)
    {
        await using var scope = provider.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<SampleActor>().Actor = actor;
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }
}
