using System.Runtime.Versioning;
using FriendlyGov.Application;
using FriendlyGov.Application.Ports;
using FriendlyGov.Application.Units.Register;
using FriendlyGov.Domain.Audit;
using FriendlyGov.Domain.Units;
using FriendlyGov.Infrastructure;
using FriendlyGov.Infrastructure.Persistence;
using MediatR;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace FriendlyGov.Cli.Tests.Hostile;

/// <summary>
/// The database side of issue 13: a command refuses any file that is not a FriendlyGov database
/// and leaves it byte for byte as it was; a database error is one line; <c>audit verify</c> reads
/// without writing anything into the database's folder.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class HostileDatabaseTests : IDisposable
{
    private const string Header = "unitCode,period,received,resolvedOnTime,resolvedLate,overdue,pending,filedOnline";
    private static readonly Actor Administrator = new("admin", new HashSet<ActorRole> { ActorRole.ProvinceAdministrator }, "Đồng Nai");
    private readonly TempDirectory _temp = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_temp.Path)) File.SetUnixFileMode(_temp.Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        _temp.Dispose();
    }

    private string Database => Path.Combine(_temp.Path, "friendlygov.db");

    private string GoodCsv => _temp.Write("dossiers.csv", $"{Header}\n25996,2024-Q4,120,100,8,2,10,90\n");

    [Fact]
    public void An_empty_file_as_the_database_is_refused_and_left_as_it_was()
    {
        var csv = GoodCsv;
        var database = _temp.Write("e.db", string.Empty);
        var before = FolderSnapshot.Of(_temp.Path);

        var run = Within.Run("dossiers", "import", csv, "--database", database);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().Equal($"{database}: not a FriendlyGov database: the file is empty");
        FolderSnapshot.Of(_temp.Path).Should().Equal(before);
    }

    [Theory]
    [InlineData("delete")]
    [InlineData("wal")]
    public void Another_apps_sqlite_database_is_refused_and_left_as_it_was(string journalMode)
    {
        var csv = GoodCsv;
        var database = Path.Combine(_temp.Path, "other.db");
        Sql(database, $"PRAGMA journal_mode = {journalMode}; CREATE TABLE secrets (k TEXT, v TEXT); INSERT INTO secrets VALUES ('api-key', 'TOPSECRET');");
        var before = FolderSnapshot.Of(_temp.Path);

        var run = Within.Run("dossiers", "import", csv, "--database", database);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().Equal($"{database}: not a FriendlyGov database (it holds none of its tables)");
        FolderSnapshot.Of(_temp.Path).Should().Equal(before);
    }

    [Fact]
    public void Create_makes_a_missing_database_and_removes_it_again_when_the_import_is_refused()
    {
        // A new database holds no units, so the row's unit 25996 is not registered.
        var csv = GoodCsv;
        var before = FolderSnapshot.Of(_temp.Path);

        var run = Within.Run("dossiers", "import", csv, "--database", Database, "--create");

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().Equal($"{csv}: row 2, column unitCode: unit 25996 is not registered");
        FolderSnapshot.Of(_temp.Path).Should().Equal(before);
    }

    [Fact]
    public async Task A_database_error_during_the_save_is_one_line_and_records_nothing()
    {
        await RegisterUnits();
        Sql(Database, "CREATE TRIGGER refuse BEFORE INSERT ON dossier_statistics BEGIN SELECT RAISE(ABORT, 'the disk said no'); END;");
        var csv = GoodCsv;
        var before = FolderSnapshot.Of(_temp.Path);

        var run = Within.Run("dossiers", "import", csv, "--database", Database);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().ContainSingle().Which.Should().StartWith($"{Database}: the rows could not be saved, nothing was recorded: ")
            .And.Contain("the disk said no");
        FrameworkCommandsTests.NoStackTrace(run.Error);
        FolderSnapshot.Of(_temp.Path).Should().Equal(before);
    }

    [Fact]
    public async Task A_file_name_with_a_newline_cannot_forge_a_second_line_in_the_audit_summary()
    {
        await RegisterUnits();
        var csv = _temp.Write("a.csv\nimported nothing.csv", $"{Header}\n25996,2024-Q4,120,100,8,2,10,90\n");

        var run = Within.Run("dossiers", "import", csv, "--database", Database);

        run.ExitCode.Should().Be(0, run.Error);
        run.OutputLines.Should().ContainSingle().Which.Should().Contain("a.csv\\u000Aimported nothing.csv");
        var summary = await LastAuditSummary();
        summary.Should().Be("imported a.csv\\u000Aimported nothing.csv: 1 row(s) for 1 unit(s), periods 2024-Q4: 1 added, 0 revised, 0 unchanged");
    }

    [Fact]
    public async Task Audit_verify_reads_a_wal_database_in_a_read_only_folder_and_writes_nothing_beside_it()
    {
        await RegisterUnits();
        SqliteConnection.ClearAllPools();
        Sql(Database, "PRAGMA journal_mode").Should().Be("wal", "the library makes its SQLite files in WAL mode");
        var before = FolderSnapshot.Of(_temp.Path);
        File.SetUnixFileMode(Database, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        File.SetUnixFileMode(_temp.Path, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);

        var run = Within.Run("audit", "verify", "--sqlite", Database);

        run.ExitCode.Should().Be(0, run.Error);
        run.OutputLines[0].Should().Be("1 entries, chain intact", "registering the units wrote one audit entry");
        // Tests run as root, which may write anywhere: no -wal or -shm appearing shows the file was opened read-only.
        FolderSnapshot.Of(_temp.Path).Should().Equal(before);
    }

    [Fact]
    public async Task Audit_verify_names_an_entry_whose_id_is_not_a_guid_as_a_broken_chain()
    {
        await RegisterUnits();
        Sql(Database, "UPDATE audit_trail SET \"Id\" = 'not-a-guid'");
        var before = FolderSnapshot.Of(_temp.Path);

        var run = Within.Run("audit", "verify", "--sqlite", Database);

        run.ExitCode.Should().Be(1, run.Error);
        run.OutputLines.Should().ContainSingle().Which.Should().StartWith($"{Database}: audit chain broken: an entry holds a value FriendlyGov never writes: ");
        FrameworkCommandsTests.NoStackTrace(run.Output + run.Error);
        FolderSnapshot.Of(_temp.Path).Should().Equal(before);
    }

    private static string? Sql(string database, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar()?.ToString();
    }

    private ServiceProvider Services() =>
        new ServiceCollection()
            .AddFriendlyGov()
            .AddFriendlyGovSqlite($"Data Source={Database};Pooling=False")
            .AddSingleton<ICurrentActor>(new FixedActor(Administrator))
            .AddSingleton<IClock>(SystemClock.Instance)
            .BuildServiceProvider();

    private async Task RegisterUnits()
    {
        await using var services = Services();
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Send(
            new RegisterUnits(Guid.NewGuid(), [new UnitRegistration("25996", UnitKind.Ward, "Phường Tân Phong", "Đồng Nai", new LocalDate(2020, 1, 1))]),
            TestContext.Current.CancellationToken);
    }

    private async Task<string> LastAuditSummary()
    {
        await using var services = Services();
        await using var scope = services.CreateAsyncScope();
        var trail = scope.ServiceProvider.GetRequiredService<FriendlyGovDbContext>().AuditTrail.AsNoTracking();
        var last = await trail.OrderByDescending(e => e.Sequence).FirstAsync(TestContext.Current.CancellationToken);
        return last.Summary;
    }

    private sealed class FixedActor(Actor actor) : ICurrentActor
    {
        public Actor Actor => actor;
    }
}
