using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using FriendlyGov.Application.Assessments.RecordEvidenceInBulk;
using Microsoft.EntityFrameworkCore;

namespace FriendlyGov.Benchmarks;

/// <summary>
/// <c>RecordEvidenceInBulk</c> of 105,990 appraised evidence entries in one call (ten indicators
/// for each of the 10,599 units of a national round under appraisal), through <c>IMediator</c>.
/// </summary>
/// <remarks>
/// Set up once per case: <c>RegisterUnits</c> and <c>OpenRound</c> through the workflow, then every
/// assessment submitted and put under appraisal on the database directly. Every iteration first
/// empties the assessments' evidence, outside the measurement, so each call starts from the same
/// state.
/// </remarks>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class BulkEvidenceBenchmarks
{
    /// <summary>The indicators recorded for each unit.</summary>
    public const int IndicatorsPerUnit = 10;

    private BenchmarkDatabase? _database;
    private Workflow? _workflow;
    private Guid _roundId;
    private EvidenceInput[] _entries = [];

    /// <summary>The database: SQLite, or PostgreSQL when <c>FRIENDLYGOV_POSTGRES</c> is set.</summary>
    [ParamsSource(nameof(Databases))]
    public string Database { get; set; } = BenchmarkDatabase.Sqlite;

    /// <summary>The databases available.</summary>
    public static IEnumerable<string> Databases => BenchmarkDatabase.Available;

    private Workflow Workflow => _workflow ?? throw new InvalidOperationException("Not set up.");

    /// <summary>Registers the units, opens the round, puts every assessment under appraisal and builds the entries.</summary>
    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    /// <summary>Empties the assessments' evidence.</summary>
    [IterationSetup]
    public void EmptyEvidence() =>
        Workflow.WithDatabase(async (context, _) => await context.Database.ExecuteSqlRawAsync("UPDATE assessments SET evidence = '[]'")).GetAwaiter().GetResult();

    /// <summary>Records 105,990 entries in one call.</summary>
    /// <returns>How many were recorded.</returns>
    [Benchmark]
    public int RecordEvidenceInBulk()
    {
        var recorded = Workflow.SendAs(VietnamUnits.Appraiser(VietnamUnits.Nation), new RecordEvidenceInBulk(Guid.NewGuid(), _roundId, Domain.Evidence.EvidenceSource.Appraisal, _entries))
            .GetAwaiter().GetResult();
        return recorded == _entries.Length ? recorded : throw new InvalidOperationException($"Expected {_entries.Length} recorded, got {recorded}.");
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
        _roundId = await RankingBenchmarks.OpenNationalRound(Workflow, "2024");
        await Workflow.WithDatabase(async (context, _) =>
        {
            var round = await context.Rounds.SingleAsync(r => r.Id == _roundId);
            foreach (var assessment in await context.Assessments.Where(a => a.RoundId == _roundId).ToListAsync())
            {
                assessment.SubmitSelfAssessment(round, "officer", Workflow.Now);
                assessment.StartAppraisal("appraiser", Workflow.Now);
            }

            await context.SaveChangesAsync();
        });
        _entries =
        [
            .. VietnamUnits.National().SelectMany(u => SampleEvidence.FullMarks.Take(IndicatorsPerUnit).Select(e => new EvidenceInput(u.Code, e.IndicatorId, e.Evidence))),
        ];
    }
}
