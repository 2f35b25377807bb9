using System.Data.Common;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using FriendlyGov.Application.Ports;
using FriendlyGov.Application.Rankings.GetRanking;
using FriendlyGov.Application.Rounds.Open;
using FriendlyGov.Application.Scoring;
using FriendlyGov.Application.Units.Register;
using FriendlyGov.Domain.Assessments;
using FriendlyGov.Domain.Criteria;
using FriendlyGov.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace FriendlyGov.Benchmarks;

/// <summary>
/// <c>GetRanking</c> of a national round of 10,599 units, every one finalized, through
/// <c>IMediator</c>: the database selects the round's finalized assessments and returns the
/// standing kept beside each scorecard, the ranking is computed from those; against
/// <see cref="RawRead"/>, the same rows read with one plain SQL query.
/// </summary>
/// <remarks>
/// Set up once per case: <c>RegisterUnits</c> and <c>OpenRound</c> through the workflow, then every
/// assessment taken to finalized on the database directly (self-assessed evidence for a random
/// 80% of the twenty evidence indicators, seed 2024, at their maximum; scored by the engine; kept
/// with <c>FinalizeWith</c>), since 50,000 workflow commands are not what is measured.
/// </remarks>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class RankingBenchmarks
{
    /// <summary>The units of the kind <see cref="UnitKind.Commune"/> in the national round: the file's 8,198 <c>xa</c> and the two synthetic ones.</summary>
    public const int Communes = 8_200;

    private BenchmarkDatabase? _database;
    private Workflow? _workflow;
    private Guid _roundId;

    /// <summary>The database: SQLite, or PostgreSQL when <c>FRIENDLYGOV_POSTGRES</c> is set.</summary>
    [ParamsSource(nameof(Databases))]
    public string Database { get; set; } = BenchmarkDatabase.Sqlite;

    /// <summary>The databases available.</summary>
    public static IEnumerable<string> Databases => BenchmarkDatabase.Available;

    private Workflow Workflow => _workflow ?? throw new InvalidOperationException("Not set up.");

    private string ConnectionString => (_database ?? throw new InvalidOperationException("Not set up.")).ConnectionString;

    /// <summary>Registers the units, opens the round and finalizes every assessment.</summary>
    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    /// <summary>
    /// The floor: the same round's 10,599 rows (code, name, kind, total, rating, rating rank) read
    /// with one plain SQL query through ADO.NET on a new connection, as the database alone serves
    /// them, with no pipeline, no EF Core and no ranking.
    /// </summary>
    /// <returns>The rows.</returns>
    [Benchmark(Baseline = true)]
    public IReadOnlyList<(string Code, string Name, string Kind, decimal Total, string Rating, int RatingRank)> RawRead()
    {
        using var connection = Database == BenchmarkDatabase.Sqlite
            ? (DbConnection)new Microsoft.Data.Sqlite.SqliteConnection(ConnectionString)
            : new Npgsql.NpgsqlConnection(ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT "UnitCode", "FinalUnitName", "FinalUnitKind", "FinalTotal", "FinalRating", "FinalRatingRank"
            FROM assessments WHERE "RoundId" = @round AND "FinalizedAt" IS NOT NULL
            """;
        var round = command.CreateParameter();
        round.ParameterName = "round";
        // EF Core keeps a Guid on SQLite as upper-case text; PostgreSQL has uuid.
        round.Value = Database == BenchmarkDatabase.Sqlite ? _roundId.ToString().ToUpperInvariant() : _roundId;
        command.Parameters.Add(round);
        var rows = new List<(string, string, string, decimal, string, int)>(VietnamUnits.Count2024);
        using var reader = command.ExecuteReader();
        while (reader.Read())
            rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetDecimal(3), reader.GetString(4), reader.GetInt32(5)));
        return rows.Count == VietnamUnits.Count2024 ? rows : throw new InvalidOperationException($"Expected {VietnamUnits.Count2024} rows, got {rows.Count}.");
    }

    /// <summary>The ranking of all 10,599 units.</summary>
    /// <returns>The ranking.</returns>
    [Benchmark]
    public IReadOnlyList<RankingRow> GetRanking()
    {
        var rows = Workflow.SendAs(VietnamUnits.Administrator(VietnamUnits.Nation), new GetRanking(_roundId)).GetAwaiter().GetResult();
        return rows.Count == VietnamUnits.Count2024 ? rows : throw new InvalidOperationException($"Expected {VietnamUnits.Count2024} rows, got {rows.Count}.");
    }

    /// <summary>The ranking of the round's 8,200 communes among themselves.</summary>
    /// <returns>The ranking.</returns>
    [Benchmark]
    public IReadOnlyList<RankingRow> GetRanking_Communes()
    {
        var rows = Workflow.SendAs(VietnamUnits.Administrator(VietnamUnits.Nation), new GetRanking(_roundId, UnitKind.Commune)).GetAwaiter().GetResult();
        return rows.Count == Communes ? rows : throw new InvalidOperationException($"Expected {Communes} rows, got {rows.Count}.");
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
        _roundId = await OpenNationalRound(Workflow, "2024");
        var random = new Random(2024);
        await Workflow.WithDatabase(async (context, services) =>
        {
            var round = await context.Rounds.SingleAsync(r => r.Id == _roundId);
            var units = await context.Units.ToDictionaryAsync(u => u.Code, StringComparer.Ordinal);
            var catalog = services.GetRequiredService<IFrameworkCatalog>();
            if (!catalog.TryGet(FrameworkId.Parse(round.Framework), out var framework)) throw new InvalidOperationException($"No framework {round.Framework}.");
            var engine = AssessmentScoring.EngineFor(framework);
            var at = Workflow.Now;
            foreach (var assessment in await context.Assessments.Where(a => a.RoundId == _roundId).ToListAsync())
            {
                foreach (var (indicator, evidence) in SampleEvidence.FullMarks.Where(_ => random.NextDouble() < 0.8))
                    assessment.RecordSelfEvidence(indicator, evidence, "officer", at);
                assessment.SubmitSelfAssessment(round, "officer", at);
                assessment.StartAppraisal("appraiser", at);
                assessment.CompleteAppraisal("appraiser", at);
                var card = engine.Score(assessment.ToUnitEvidence(units[assessment.UnitCode].ToAssessedUnit(), round.AssessmentPeriod, []));
                assessment.FinalizeWith(ScorecardSnapshot.Of(card), card.Unit.Kind, "admin", at);
            }

            await context.SaveChangesAsync();
        });
    }

    /// <summary>Registers the 10,599 units and opens a round for all of them, through the workflow.</summary>
    /// <param name="workflow">The workflow.</param>
    /// <param name="period">The year assessed.</param>
    /// <returns>The round's id.</returns>
    internal static async Task<Guid> OpenNationalRound(Workflow workflow, string period)
    {
        var units = VietnamUnits.National();
        var admin = VietnamUnits.Administrator(VietnamUnits.Nation);
        await workflow.SendAs(admin, new RegisterUnits(Guid.NewGuid(), VietnamUnits.Registrations(units)));
        var year = int.Parse(period, System.Globalization.CultureInfo.InvariantCulture) + 1;
        return await workflow.SendAs(admin, new OpenRound(
            Guid.NewGuid(), "dongnai-friendly-government@2024.1", period, VietnamUnits.Nation, [.. units.Select(u => u.Code)],
            new LocalDate(year, 1, 31), new LocalDate(year, 2, 28)));
    }
}
