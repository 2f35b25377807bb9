using System.Reflection;
using System.Runtime.ExceptionServices;
using FriendlyGov.Application.Ports;
using FriendlyGov.Application.Tests.Contract;
using FriendlyGov.Application.Tests.InMemory;
using FriendlyGov.Domain;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace FriendlyGov.Application.Tests.Permissions;

/// <summary>
/// One in-memory deployment for one combination of the matrix: <c>AddFriendlyGov()</c> over the
/// in-memory ports, a clock that reads 10 January 2025, 09:00 in Vietnam, and a log of the
/// notifications published. Requests go through <see cref="IMediator"/>, one fresh scope each.
/// </summary>
public sealed class MatrixWorld : IAsyncDisposable
{
    private static readonly MethodInfo Send = typeof(IMediator).GetMethods()
        .Single(m => m.Name == nameof(IMediator.Send) && m.IsGenericMethodDefinition);

    private static readonly MethodInfo RowsOf = typeof(InMemoryStore).GetMethod(nameof(InMemoryStore.Rows))!;

    /// <summary>Every kind of aggregate the domain has: the snapshot covers them all.</summary>
    private static readonly Type[] Aggregates =
        [.. typeof(AggregateRoot).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(AggregateRoot)) && !t.IsAbstract).OrderBy(t => t.FullName, StringComparer.Ordinal)];

    private readonly ServiceProvider _services;

    /// <summary>Builds the deployment, empty.</summary>
    public MatrixWorld()
    {
        var clock = new FakeClock(new LocalDateTime(2025, 1, 10, 9, 0).InZoneStrictly(VietnamTime.Zone).ToInstant());
        var services = new ServiceCollection();
        services.AddFriendlyGov();
        services.AddInMemoryStores();
        services.AddScoped<TestActor>();
        services.AddScoped<ICurrentActor>(provider => provider.GetRequiredService<TestActor>());
        services.AddSingleton<IClock>(clock);
        services.AddSingleton(Notifications);
        services.AddTransient(typeof(INotificationHandler<>), typeof(RecordingNotificationHandler<>));
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    /// <summary>The notifications published so far.</summary>
    public NotificationLog Notifications { get; } = new();

    private InMemoryStore Store => _services.GetRequiredService<InMemoryStore>();

    /// <summary>Sends a request as <paramref name="actor"/>, from a fresh scope, during set-up.</summary>
    /// <typeparam name="T">The response.</typeparam>
    /// <param name="actor">Who sends it.</param>
    /// <param name="request">The request.</param>
    /// <returns>The response.</returns>
    public async Task<T> SendAs<T>(Actor actor, IRequest<T> request)
    {
        await using var scope = _services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TestActor>().Actor = actor;
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request, TestContext.Current.CancellationToken);
    }

    /// <summary>Sends any request as <paramref name="actor"/>, from a fresh scope; its response is not needed.</summary>
    /// <param name="actor">Who sends it.</param>
    /// <param name="request">The request, an <see cref="IRequest{TResponse}"/>.</param>
    /// <returns>A task that fails as the request failed.</returns>
    public async Task SendAnyAs(Actor actor, object request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var response = request.GetType().GetInterfaces()
            .Single(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>)).GetGenericArguments()[0];
        await using var scope = _services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TestActor>().Actor = actor;
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        Task sent;
        try
        {
            sent = (Task)Send.MakeGenericMethod(response).Invoke(mediator, [request, TestContext.Current.CancellationToken])!;
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(ex.InnerException).Throw();
            throw;
        }

        await sent;
    }

    /// <summary>
    /// What the store holds now: every committed aggregate of every kind with its revision (the
    /// object itself too, since a commit replaces it), the number of audit entries, and the
    /// notifications published.
    /// </summary>
    /// <returns>A comparable picture.</returns>
    public StoreSnapshot Snapshot()
    {
        var rows = new List<StoredRow>();
        foreach (var type in Aggregates)
        {
            var committed = (System.Collections.IEnumerable)RowsOf.MakeGenericMethod(type).Invoke(Store, null)!;
            foreach (var row in committed)
            {
                var aggregate = (AggregateRoot)row.GetType().GetField("Item1")!.GetValue(row)!;
                var revision = (long)row.GetType().GetField("Item2")!.GetValue(row)!;
                rows.Add(new StoredRow(type.Name, aggregate.Id, revision, aggregate));
            }
        }

        return new StoreSnapshot(rows, Store.AllAudit().Count, Notifications.All().Count + Notifications.Events().Count);
    }

    /// <summary>Whether a command's request id was committed.</summary>
    /// <param name="requestId">The client's request id.</param>
    /// <returns><see langword="true"/> when the store remembers a result for it.</returns>
    public bool Remembers(Guid requestId) => Store.Result(requestId) is not null;

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _services.DisposeAsync();
}

/// <summary>One committed aggregate.</summary>
/// <param name="Kind">Its type's name.</param>
/// <param name="Id">Its id.</param>
/// <param name="Revision">The store's revision of it.</param>
/// <param name="Aggregate">The committed object, replaced by every commit that changes it.</param>
public sealed record StoredRow(string Kind, Guid Id, long Revision, AggregateRoot Aggregate)
{
    /// <summary>The same aggregate at the same revision, as the very same committed object.</summary>
    /// <param name="other">Another row.</param>
    /// <returns>Whether nothing about it changed.</returns>
    public bool Unchanged(StoredRow other) =>
        other is not null && Kind == other.Kind && Id == other.Id && Revision == other.Revision && ReferenceEquals(Aggregate, other.Aggregate);

    /// <inheritdoc />
    public override string ToString() => $"{Kind} {Id} at revision {Revision}";
}

/// <summary>What a store held at one moment.</summary>
/// <param name="Rows">Every committed aggregate, kind by kind, oldest first.</param>
/// <param name="AuditEntries">How many audit entries.</param>
/// <param name="Notifications">How many notifications and domain events were published.</param>
public sealed record StoreSnapshot(IReadOnlyList<StoredRow> Rows, int AuditEntries, int Notifications);
