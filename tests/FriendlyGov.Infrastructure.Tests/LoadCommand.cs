using FriendlyGov.Application.Ports;

namespace FriendlyGov.Infrastructure.Tests;

/// <summary>One command of the load test, as a client would keep it to send again with the same request id.</summary>
/// <param name="RequestId">The client's request id.</param>
/// <param name="UnitCode">The unit it is about, or <see langword="null"/> for an observation's step.</param>
/// <param name="Actor">Who sends it.</param>
/// <param name="Request">The command.</param>
/// <param name="SendWith">Sends it through a mediator and returns its response.</param>
public sealed record LoadCommand(Guid RequestId, string? UnitCode, Actor Actor, object Request, Func<IMediator, CancellationToken, Task<object?>> SendWith)
{
    /// <summary>A command or query, with the way to send it.</summary>
    /// <typeparam name="TResponse">Its response.</typeparam>
    /// <param name="requestId">The client's request id.</param>
    /// <param name="unitCode">The unit it is about, if any.</param>
    /// <param name="actor">Who sends it.</param>
    /// <param name="request">The request.</param>
    /// <returns>The command.</returns>
    public static LoadCommand Of<TResponse>(Guid requestId, string? unitCode, Actor actor, IRequest<TResponse> request) =>
        new(requestId, unitCode, actor, request, async (mediator, cancel) => await mediator.Send(request, cancel).ConfigureAwait(false));

    /// <summary>The command's name, such as <c>RecordEvidence</c>.</summary>
    public string Name => Request.GetType().Name;

    /// <summary>Whether it only reads (an <see cref="Application.IQuery{TResponse}"/>): it changes nothing and is never remembered.</summary>
    public bool IsQuery => Request.GetType().GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(Application.IQuery<>));
}
