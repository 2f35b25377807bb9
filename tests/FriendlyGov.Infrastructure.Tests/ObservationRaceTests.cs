using FriendlyGov.Application;
using FriendlyGov.Application.Conduct.ConfirmObservation;
using FriendlyGov.Application.Conduct.RecordObservation;
using FriendlyGov.Application.Conduct.RegisterOfficial;
using FriendlyGov.Application.Ports;
using FriendlyGov.Application.Tests.Contract;
using FriendlyGov.Application.Tests.InMemory;
using FriendlyGov.Application.Units.Register;
using FriendlyGov.Domain.Conduct;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace FriendlyGov.Infrastructure.Tests;

/// <summary>
/// Two appraisers deciding one conduct observation at the same moment, on SQLite: the race the load
/// test (<see cref="WorkflowLoad"/>) meets now and then, made certain by holding both commands
/// before they commit.
/// </summary>
public sealed class ObservationRaceTests : IAsyncDisposable
{
    private readonly TempDirectory _folder = new();
    private readonly ServiceProvider _services;

    /// <summary>Wires the workflow on a fresh SQLite file, with two <see cref="ConfirmObservation"/> commands held to meet before either commits.</summary>
    public ObservationRaceTests()
    {
        var services = new ServiceCollection();
        services.AddFriendlyGov();
        services.AddFriendlyGovSqlite($"Data Source={Path.Combine(_folder.Path, "friendlygov.db")}");
        services.AddScoped<TestActor>();
        services.AddScoped<ICurrentActor>(provider => provider.GetRequiredService<TestActor>());
        services.AddSingleton<IClock>(new FakeClock(Instant.FromUtc(2025, 1, 10, 2, 0)));
        services.AddSingleton(new CommitRendezvous(typeof(ConfirmObservation), 2));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(HoldBeforeCommitBehavior<,>));
        _services = services.BuildServiceProvider();
    }

    [Fact]
    public async Task Of_two_concurrent_decisions_on_one_observation_one_wins_and_the_other_gets_a_concurrency_error_naming_it()
    {
        await SendAs(Actors.Administrator, new RegisterUnits(Guid.NewGuid(), DongNai.Registrations));
        await SendAs(Actors.Administrator, new RegisterOfficial(Guid.NewGuid(), "CB-017", "Cán bộ CB-017", DongNai.TanPhong, OfficialRole.Head, new LocalDate(2023, 1, 1)));
        var observation = await SendAs(Actors.Appraiser, new RecordObservation(
            Guid.NewGuid(), "CB-017", "4X.2", new LocalDate(2024, 4, 9), ObservationSource.CitizenReport, "PA-2024-017", "Không xin lỗi khi hồ sơ trễ hẹn"));

        // Both read the reported observation and confirm it; neither commits before both have.
        var outcomes = await Task.WhenAll(
            Outcome(SendAs(Actors.Appraiser, new ConfirmObservation(Guid.NewGuid(), observation.ObservationId, "Đã xác minh"))),
            Outcome(SendAs(Actors.Appraiser, new ConfirmObservation(Guid.NewGuid(), observation.ObservationId, "Đã xác minh lần hai"))));

        outcomes.Count(o => o is null).Should().Be(1, "exactly one decision wins");
        outcomes.Single(o => o is not null).Should().BeOfType<ConcurrencyException>()
            .Which.Message.Should().Contain(observation.ObservationId.ToString());
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    private static async Task<Exception?> Outcome(Task task)
    {
        try
        {
            await task;
            return null;
        }
        catch (Exception e) when (e is ConcurrencyException or WorkflowException or InvalidOperationException)
        {
            return e;
        }
    }

    private async Task<T> SendAs<T>(Actor actor, IRequest<T> request)
    {
        await using var scope = _services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TestActor>().Actor = actor;
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request, TestContext.Current.CancellationToken);
    }
}
