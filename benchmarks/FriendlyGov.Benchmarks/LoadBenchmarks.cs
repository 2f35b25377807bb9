using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using FriendlyGov.Application;
using FriendlyGov.Application.Assessments.RecordEvidence;
using FriendlyGov.Application.Feedback.RecordFeedback;
using FriendlyGov.Application.Ports;
using FriendlyGov.Application.Rankings.GetRanking;
using FriendlyGov.Application.Rounds.Open;
using FriendlyGov.Application.Scorecards.GetLiveScorecard;
using FriendlyGov.Application.Units.Register;
using FriendlyGov.Domain.Evidence;
using FriendlyGov.Domain.Feedback;
using FriendlyGov.Infrastructure;
using FriendlyGov.Infrastructure.Persistence;
using MediatR;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace FriendlyGov.Benchmarks;

/// <summary>
/// Requests per second under concurrency: eight workers at once, each sending 100 mixed requests
/// through <c>IMediator</c>, one service scope per request as an app handles them, against one
/// round of 24 Đồng Nai units. One operation is one request; the burst of 800 is one invocation.
/// </summary>
/// <remarks>
/// The mix, drawn by each worker from its own seeded <see cref="Random"/>: half
/// <c>RecordEvidence</c> (self-assessed, by the unit's officer), a fifth <c>RecordFeedback</c>, a
/// fifth <c>GetLiveScorecard</c> and a tenth <c>GetRanking</c>. The assessments stay drafts, so
/// every command is allowed; two workers that change one assessment at once make one of them lose
/// the race (<see cref="ConcurrencyException"/>), and it sends the same request again, as a
/// client would; SQLite's busy errors are retried the same way. Retries are not counted as
/// operations. Evidence accumulates from one invocation to the next (about 17 entries per unit
/// each), as it would over a round. The load test in <c>tests/FriendlyGov.Infrastructure.Tests</c>
/// (<c>WorkflowLoad</c>) sends the full mix of the workflow and checks every invariant afterwards;
/// this class only measures.
/// </remarks>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class LoadBenchmarks
{
    /// <summary>Workers sending at once.</summary>
    public const int Workers = 8;

    /// <summary>Requests each worker sends in one invocation.</summary>
    public const int RequestsPerWorker = 100;

    private const string Province = "Đồng Nai";
    private const int MaxAttempts = 10;

    private BenchmarkDatabase? _database;
    private ServiceProvider? _services;
    private List<string> _units = [];
    private Guid _roundId;
    private int _invocation;

    /// <summary>The database: SQLite, or PostgreSQL when <c>FRIENDLYGOV_POSTGRES</c> is set.</summary>
    [ParamsSource(nameof(Databases))]
    public string Database { get; set; } = BenchmarkDatabase.Sqlite;

    /// <summary>The databases available.</summary>
    public static IEnumerable<string> Databases => BenchmarkDatabase.Available;

    private IServiceProvider Services => _services ?? throw new InvalidOperationException("Not set up.");

    /// <summary>Registers 24 Đồng Nai units and opens their round.</summary>
    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    /// <summary>Eight workers, 100 mixed requests each, at once.</summary>
    /// <returns>How many sends lost a race or found the database busy and were retried.</returns>
    [Benchmark(OperationsPerInvoke = Workers * RequestsPerWorker)]
    public int MixedRequests_EightWorkers()
    {
        var invocation = Interlocked.Increment(ref _invocation);
        var retries = Task.WhenAll(Enumerable.Range(0, Workers).Select(w => Task.Run(() => Work(new Random((invocation * Workers) + w)))))
            .GetAwaiter().GetResult();
        return retries.Sum();
    }

    /// <summary>Checks that the load left an audit chain that verifies, then drops the database.</summary>
    /// <exception cref="InvalidOperationException">The audit chain does not verify.</exception>
    [GlobalCleanup]
    public void Cleanup()
    {
        if (_services is not null)
        {
            using var scope = _services.CreateScope();
            var report = AuditTrailVerifier.VerifyAsync(scope.ServiceProvider.GetRequiredService<FriendlyGovDbContext>()).GetAwaiter().GetResult();
            Console.WriteLine($"// Audit chain of the load database ({Database}): {report}");
            if (!report.IsIntact) throw new InvalidOperationException($"The audit chain of the load database does not verify: {report}");
        }

        _services?.Dispose();
        _database?.Dispose();
    }

    private async Task SetupAsync()
    {
        _database = BenchmarkDatabase.Create(Database);
        var services = new ServiceCollection();
        services.AddFriendlyGov();
        _database.AddStores(services);
        services.AddScoped<ScopedActor>();
        services.AddScoped<ICurrentActor>(provider => provider.GetRequiredService<ScopedActor>());
        services.AddSingleton<IClock>(new FakeNow(Workflow.Now));
        _services = services.BuildServiceProvider();

        var units = VietnamUnits.Load().Where(u => u.Province == Province).Take(24).ToList();
        _units = [.. units.Select(u => u.Code)];
        var admin = VietnamUnits.Administrator(Province);
        await Send(admin, new RegisterUnits(Guid.NewGuid(), VietnamUnits.Registrations(units)));
        _roundId = await Send(admin, new OpenRound(
            Guid.NewGuid(), "dongnai-friendly-government@2024.1", "2024", Province, _units, new LocalDate(2025, 1, 31), new LocalDate(2025, 2, 28)));
    }

    private async Task<int> Work(Random random)
    {
        var retries = 0;
        for (var i = 0; i < RequestsPerWorker; i++)
        {
            var unit = _units[random.Next(_units.Count)];
            var roll = random.Next(10);
            if (roll < 5)
            {
                var (indicatorId, evidence) = SampleEvidence.FullMarks[random.Next(SampleEvidence.FullMarks.Count)];
                retries += await Retried(Officer(unit), new RecordEvidence(Guid.NewGuid(), _roundId, unit, indicatorId, EvidenceSource.Self, evidence));
            }
            else if (roll < 7)
            {
                retries += await Retried(Collector, new RecordFeedback(
                    Guid.NewGuid(), unit, new LocalDate(2024, 12, 1).PlusDays(random.Next(40)), FeedbackChannel.Kiosk, 5, 4, 5, 4, 5, 5));
            }
            else if (roll < 9)
            {
                retries += await Retried(Officer(unit), new GetLiveScorecard(_roundId, unit));
            }
            else
            {
                retries += await Retried(VietnamUnits.Appraiser(Province), new GetRanking(_roundId));
            }
        }

        return retries;
    }

    private static Actor Officer(string unit) => new($"officer-{unit}", new HashSet<ActorRole> { ActorRole.UnitOfficer }, Province, unit);

    private static Actor Collector { get; } = new("collector-dong-nai", new HashSet<ActorRole> { ActorRole.FeedbackCollector }, Province);

    // Sends until it is not a lost race or a busy database; returns how many times it sent again.
    private async Task<int> Retried<T>(Actor actor, IRequest<T> request)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await Send(actor, request);
                return attempt - 1;
            }
            catch (Exception e) when (attempt < MaxAttempts
                && (e is ConcurrencyException || (e as SqliteException ?? e.InnerException as SqliteException) is { SqliteErrorCode: 5 or 6 }))
            {
                // Lost the race or found the database busy: send the same request again.
            }
        }
    }

    private async Task<T> Send<T>(Actor actor, IRequest<T> request)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ScopedActor>().Actor = actor;
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    // The actor of one request: each scope has its own, since the workers send at once.
    private sealed class ScopedActor : ICurrentActor
    {
        public Actor Actor { get; set; } = new("nobody", new HashSet<ActorRole>());
    }

    private sealed class FakeNow(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}
