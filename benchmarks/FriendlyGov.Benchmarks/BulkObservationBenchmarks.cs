using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using FriendlyGov.Application.Conduct.RecordObservationsInBulk;
using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Conduct;
using FriendlyGov.Frameworks;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using NodaTime;

namespace FriendlyGov.Benchmarks;

/// <summary>
/// <c>RecordObservationsInBulk</c> of 100,000 conduct observations in one call, through
/// <c>IMediator</c> and the whole pipeline, on Đồng Nai's 170 units of 2024 with six officials
/// each (1,020): row i is about official i mod 1,020, with the code of conduct's rules in turn,
/// dated through 2024, each with a reference of its own.
/// </summary>
/// <remarks>
/// <see cref="RawInsert"/> is the floor: the same 100,000 rows, their values worked out before
/// the measurement, written straight to the <c>observations</c> table with the provider's
/// fastest plain path (one prepared <c>INSERT</c> in one transaction on SQLite, binary <c>COPY</c>
/// on PostgreSQL), with no check, no audit entry and no idempotency record.
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
    private RawRow[] _raw = [];

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
    [IterationSetup(Targets = [nameof(RecordObservationsInBulk), nameof(RawInsert)])]
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

    /// <summary>Inserts the same 100,000 rows with the provider's fastest plain path, in one transaction: the floor.</summary>
    /// <returns>The rows inserted.</returns>
    [Benchmark(Baseline = true)]
    public int RawInsert()
    {
        var inserted = 0;
        Workflow.WithDatabase(async (context, _) =>
        {
            await using var transaction = await context.Database.BeginTransactionAsync();
            var connection = context.Database.GetDbConnection();
            inserted = connection is NpgsqlConnection npgsql ? await CopyAsync(npgsql) : InsertPrepared((SqliteConnection)connection, (SqliteTransaction)transaction.GetDbTransaction());
            await transaction.CommitAsync();
        }).GetAwaiter().GetResult();
        return inserted == Rows ? inserted : throw new InvalidOperationException($"Expected {Rows} inserted, got {inserted}.");
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

    private const string Columns = "\"Id\", \"Account\", \"Role\", \"Source\", \"UnitCode\", \"Version\", \"history\", \"official_code\", \"on_date\", \"rule_id\", \"source_reference\"";

    private int InsertPrepared(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO observations ({Columns}) VALUES (@id, @account, @role, @source, @unit, 1, @history, @official, @on, @rule, @reference)";
        var id = command.Parameters.Add("@id", SqliteType.Text);
        var account = command.Parameters.Add("@account", SqliteType.Text);
        var role = command.Parameters.Add("@role", SqliteType.Text);
        var source = command.Parameters.Add("@source", SqliteType.Text);
        var unit = command.Parameters.Add("@unit", SqliteType.Text);
        var history = command.Parameters.Add("@history", SqliteType.Text);
        var official = command.Parameters.Add("@official", SqliteType.Text);
        var on = command.Parameters.Add("@on", SqliteType.Text);
        var rule = command.Parameters.Add("@rule", SqliteType.Text);
        var reference = command.Parameters.Add("@reference", SqliteType.Text);
        command.Prepare();
        var inserted = 0;
        foreach (var row in _raw)
        {
            id.Value = row.Id.ToString().ToUpperInvariant();
            account.Value = row.Account;
            role.Value = row.Role;
            source.Value = row.Source;
            unit.Value = row.UnitCode;
            history.Value = row.History;
            official.Value = row.OfficialCode;
            on.Value = row.OnText;
            rule.Value = row.RuleId;
            reference.Value = row.SourceReference;
            inserted += command.ExecuteNonQuery();
        }

        return inserted;
    }

    private async Task<int> CopyAsync(NpgsqlConnection connection)
    {
        await using var importer = await connection.BeginBinaryImportAsync($"COPY observations ({Columns}) FROM STDIN (FORMAT BINARY)");
        foreach (var row in _raw)
        {
            await importer.StartRowAsync();
            await importer.WriteAsync(row.Id, NpgsqlDbType.Uuid);
            await importer.WriteAsync(row.Account, NpgsqlDbType.Text);
            await importer.WriteAsync(row.Role, NpgsqlDbType.Varchar);
            await importer.WriteAsync(row.Source, NpgsqlDbType.Varchar);
            await importer.WriteAsync(row.UnitCode, NpgsqlDbType.Varchar);
            await importer.WriteAsync(1, NpgsqlDbType.Integer);
            await importer.WriteAsync(row.History, NpgsqlDbType.Text);
            await importer.WriteAsync(row.OfficialCode, NpgsqlDbType.Varchar);
            await importer.WriteAsync(row.On, NpgsqlDbType.Date);
            await importer.WriteAsync(row.RuleId, NpgsqlDbType.Varchar);
            await importer.WriteAsync(row.SourceReference, NpgsqlDbType.Varchar);
        }

        return (int)await importer.CompleteAsync();
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
        var byCode = officials.ToDictionary(o => o.Code, StringComparer.Ordinal);
        _raw =
        [
            .. _rows.Select(r =>
            {
                var posting = byCode[r.OfficialCode].PostingOn(r.On)!;
                var history = $"[{{\"Status\":\"Reported\",\"By\":\"appraiser\",\"At\":\"2025-01-10T02:00:00Z\",\"Note\":\"{r.Account}\"}}]";
                return new RawRow(Guid.NewGuid(), r.Account, posting.Role.ToString(), r.Source.ToString(), posting.UnitCode, history, r.OfficialCode, r.On, r.On.ToString("uuuu-MM-dd", null), r.RuleId, r.SourceReference);
            }),
        ];
    }

    /// <summary>One row of the observations table, its values worked out before the measurement.</summary>
    private sealed record RawRow(Guid Id, string Account, string Role, string Source, string UnitCode, string History, string OfficialCode, LocalDate On, string OnText, string RuleId, string SourceReference);
}
