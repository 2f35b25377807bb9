using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using FriendlyGov.Application.Conduct.RecordObservationsInBulk;
using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Conduct;
using FriendlyGov.Frameworks;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace FriendlyGov.Benchmarks;

/// <summary>
/// <c>RecordObservationsInBulk</c> of 100,000 conduct observations in one call, through
/// <c>IMediator</c> and the whole pipeline, on Đồng Nai's 170 units of 2024 with six officials
/// each (1,020): row i is about official i mod 1,020, with the code of conduct's rules in turn,
/// dated through 2024, each with a reference of its own.
/// </summary>
/// <remarks>
/// <see cref="RecordObservationsInBulk"/> starts from no observation (every iteration deletes
/// them first, outside the measurement) and adds all 100,000. <see cref="RecordObservationsInBulk_AllAlreadyRecorded"/>
/// sends the same rows again with a new request id: every key is found recorded, in one query,
/// and nothing is added.
/// </remarks>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class BulkObservationBenchmarks
{
    /// <summary>The rows of the bulk.</summary>
    public const int Rows = 100_000;

    private const string Province = "Đồng Nai";
    private const int OfficialsPerUnit = 6;

    private BenchmarkDatabase? _database;
    private Workflow? _workflow;
    private ObservationInput[] _rows = [];

    /// <summary>The database: SQLite, or PostgreSQL when <c>FRIENDLYGOV_POSTGRES</c> is set.</summary>
    [ParamsSource(nameof(Databases))]
    public string Database { get; set; } = BenchmarkDatabase.Sqlite;

    /// <summary>The databases available.</summary>
    public static IEnumerable<string> Databases => BenchmarkDatabase.Available;

    private Workflow Workflow => _workflow ?? throw new InvalidOperationException("Not set up.");

    /// <summary>Registers the units (one <c>RegisterUnits</c>) and the officials (on the database directly), and builds the rows.</summary>
    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    /// <summary>Deletes every observation, so the bulk adds all its rows.</summary>
    [IterationSetup(Target = nameof(RecordObservationsInBulk))]
    public void DeleteObservations() =>
        Workflow.WithDatabase(async (context, _) => await context.Observations.ExecuteDeleteAsync()).GetAwaiter().GetResult();

    /// <summary>Makes sure the 100,000 rows are recorded, so the bulk finds every key.</summary>
    [IterationSetup(Target = nameof(RecordObservationsInBulk_AllAlreadyRecorded))]
    public void RecordObservationsOnce()
    {
        var count = 0;
        Workflow.WithDatabase(async (context, _) => count = await context.Observations.CountAsync()).GetAwaiter().GetResult();
        if (count != Rows) _ = RecordObservationsInBulk();
    }

    /// <summary>Records 100,000 new observations in one call.</summary>
    /// <returns>What the call did: 100,000 added.</returns>
    [Benchmark]
    public BulkResult RecordObservationsInBulk()
    {
        var result = Workflow.SendAs(VietnamUnits.Appraiser(Province), new RecordObservationsInBulk(Guid.NewGuid(), _rows)).GetAwaiter().GetResult();
        return result.Added == Rows ? result : throw new InvalidOperationException($"Expected {Rows} added, got {result}.");
    }

    /// <summary>Sends the same 100,000 observations again: all already recorded.</summary>
    /// <returns>What the call did: 100,000 already recorded.</returns>
    [Benchmark]
    public BulkResult RecordObservationsInBulk_AllAlreadyRecorded()
    {
        var result = Workflow.SendAs(VietnamUnits.Appraiser(Province), new RecordObservationsInBulk(Guid.NewGuid(), _rows)).GetAwaiter().GetResult();
        return result.AlreadyRecorded == Rows ? result : throw new InvalidOperationException($"Expected {Rows} already recorded, got {result}.");
    }

    /// <summary>Drops the database.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _workflow?.Dispose();
        _database?.Dispose();
    }

    private async Task SetupAsync()
    {
        _database = BenchmarkDatabase.Create(Database);
        _workflow = new Workflow(_database);
        var units = VietnamUnits.Load().Where(u => u.Province == Province).ToList();
        await Workflow.SendAs(VietnamUnits.Administrator(Province), new Application.Units.Register.RegisterUnits(Guid.NewGuid(), VietnamUnits.Registrations(units)));

        // 1,020 officials: registering each through RegisterOfficial is not what is measured here.
        var officials = units
            .SelectMany(u => Enumerable.Range(1, OfficialsPerUnit).Select(i => new Official(
                $"CB-{u.Code}-{i}", $"Cán bộ {i} của {u.Name}", new Posting(u.Code, i == 1 ? OfficialRole.Head : OfficialRole.Staff, new LocalDate(2023, 1, 1)))))
            .ToList();
        await Workflow.WithDatabase(async (context, _) =>
        {
            context.Officials.AddRange(officials);
            await context.SaveChangesAsync();
        });

        string[] rules = [.. BuiltInConductCodes.FriendlyGovernment2024.Rules.Select(r => r.Id)];
        _rows =
        [
            .. Enumerable.Range(0, Rows).Select(i => new ObservationInput(
                officials[i % officials.Count].Code,
                rules[i % rules.Length],
                new LocalDate(2024, 1, 1).PlusDays(i * 7 % 366),
                ObservationSource.CitizenReport,
                $"BM-{i:D6}",
                $"Phản ánh số {i} của người dân qua đường dây nóng")),
        ];
    }
}
