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
/// this class only measures. Six bursts warm up before the five measured: with one, the measured
/// bursts still ran while the JIT promoted the pipeline's code (each burst faster than the one
/// before, 3.75 to 1.91 ms a request on SQLite).
/// <para>
/// <see cref="RawTransactions_EightWorkers"/> is the floor: what the database alone does for the
/// same burst through plain ADO.NET, with the same workers and mix. Each command becomes one
/// transaction that reads one row by key, writes it back (or inserts one), and inserts an audit
/// row and a request row, the statements a command needs at the least; each query reads one row
/// or the round's 24. SQLite's writers take turns in the process, as the library's do.
/// </para>
/// </remarks>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 6, iterationCount: 5)]
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

    /// <summary>The floor: the same burst as plain transactions through ADO.NET.</summary>
    /// <returns>The rows read.</returns>
    [Benchmark(Baseline = true, OperationsPerInvoke = Workers * RequestsPerWorker)]
    public int RawTransactions_EightWorkers()
    {
        var invocation = Interlocked.Increment(ref _invocation);
        return Task.WhenAll(Enumerable.Range(0, Workers).Select(w => Task.Run(() => RawWork(new Random((invocation * Workers) + w)))))
            .GetAwaiter().GetResult().Sum();
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
        await CreateFloorTablesAsync();
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

    private async Task<int> RawWork(Random random)
    {
        var read = 0;
        var database = _database ?? throw new InvalidOperationException("Not set up.");
        for (var i = 0; i < RequestsPerWorker; i++)
        {
            var unit = random.Next(_units.Count);
            var roll = random.Next(10);
            await using var connection = database.OpenConnection();
            if (roll < 7)
            {
                using var turn = database.Provider == BenchmarkDatabase.Sqlite ? await SqliteTurn.EnterAsync() : null;
                await using var transaction = await connection.BeginTransactionAsync();
                if (roll < 5)
                {
                    var body = (string?)await Execute(connection, transaction, "SELECT body FROM floor_units WHERE id = @a", unit, null, scalar: true);
                    await Execute(connection, transaction, "UPDATE floor_units SET body = @b, version = version + 1 WHERE id = @a", unit, body);
                }
                else
                {
                    await Execute(connection, transaction, "INSERT INTO floor_feedback (unit, body) VALUES (@a, @b)", unit, FloorBody);
                }

                await Execute(connection, transaction, "INSERT INTO floor_audit (unit, body) VALUES (@a, @b)", unit, "RecordEvidence by officer: one line of the audit trail with its hash");
                await Execute(connection, transaction, "INSERT INTO floor_requests (unit, body) VALUES (@a, @b)", unit, "{\"id\":\"response\"}");
                await transaction.CommitAsync();
            }
            else
            {
                read += roll < 9
                    ? (await Execute(connection, null, "SELECT body FROM floor_units WHERE id = @a", unit, null, scalar: true) is null ? 0 : 1)
                    : (int)(long)(await Execute(connection, null, "SELECT count(body) FROM floor_units", 0, null, scalar: true))!;
            }
        }

        return read;
    }

    private static async Task<object?> Execute(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction? transaction, string sql, int a, string? b, bool scalar = false)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        var first = command.CreateParameter();
        first.ParameterName = "a";
        first.Value = a;
        command.Parameters.Add(first);
        if (b is not null)
        {
            var second = command.CreateParameter();
            second.ParameterName = "b";
            second.Value = b;
            command.Parameters.Add(second);
        }

        return scalar ? await command.ExecuteScalarAsync() : await command.ExecuteNonQueryAsync();
    }

    // A row about the size of an assessment with a few entries of evidence.
    private static readonly string FloorBody = new('x', 2_000);

    private async Task CreateFloorTablesAsync()
    {
        var database = _database ?? throw new InvalidOperationException("Not set up.");
        var key = database.Provider == BenchmarkDatabase.Sqlite ? "INTEGER PRIMARY KEY" : "bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY";
        await using var connection = database.OpenConnection();
        foreach (var sql in new[]
        {
            "CREATE TABLE floor_units (id integer PRIMARY KEY, body text NOT NULL, version integer NOT NULL)",
            $"CREATE TABLE floor_feedback (id {key}, unit integer NOT NULL, body text NOT NULL)",
            $"CREATE TABLE floor_audit (id {key}, unit integer NOT NULL, body text NOT NULL)",
            $"CREATE TABLE floor_requests (id {key}, unit integer NOT NULL, body text NOT NULL)",
        })
        {
            await Execute(connection, null, sql, 0, null);
        }

        for (var unit = 0; unit < _units.Count; unit++)
            await Execute(connection, null, "INSERT INTO floor_units (id, body, version) VALUES (@a, @b, 1)", unit, FloorBody);
    }

    // SQLite's writers of this process take turns, as the library's do (SqliteWriterQueue).
    private static class SqliteTurn
    {
        private static readonly SemaphoreSlim Queue = new(1, 1);

        public static async Task<IDisposable> EnterAsync()
        {
            await Queue.WaitAsync();
            return new Release();
        }

        private sealed class Release : IDisposable
        {
            public void Dispose() => Queue.Release();
        }
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
