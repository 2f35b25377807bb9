using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Audit;
using FriendlyGov.Infrastructure;
using FriendlyGov.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace FriendlyGov.Cli.Tests;

public sealed class AuditCommandTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    private string Database => Path.Combine(_folder.Path, "friendlygov.db");

    [Fact]
    public async Task An_untouched_trail_is_reported_intact_with_its_last_hash()
    {
        var written = await WriteThree();

        var run = CliRun.Of("audit", "verify", "--sqlite", Database);

        run.ExitCode.Should().Be(0, run.Error);
        run.OutputLines.Should().Equal("3 entries, chain intact", $"last hash {written[2].Hash}");
    }

    [Fact]
    public async Task A_changed_entry_is_named_with_its_sequence_and_id_and_exits_1()
    {
        var written = await WriteThree();
        await Sql("""UPDATE audit_trail SET "Actor" = 'someone-else' WHERE "Sequence" = 2""");

        var run = CliRun.Of("audit", "verify", "--sqlite", Database);

        run.ExitCode.Should().Be(1);
        run.OutputLines.Should().Equal(
            $"{Database}: audit chain broken at entry 2 ({written[1].Id}): changed: its content does not match its hash",
            $"1 entries before it hold; the last of them has hash {written[0].Hash}");
    }

    [Fact]
    public async Task A_removed_entry_is_named_and_exits_1()
    {
        var written = await WriteThree();
        await Sql("""DELETE FROM audit_trail WHERE "Sequence" = 1""");

        var run = CliRun.Of("audit", "verify", "--sqlite", Database);

        run.ExitCode.Should().Be(1);
        run.OutputLines[0].Should().Be($"{Database}: audit chain broken at entry 2 ({written[1].Id}): removed: entry 1 is missing before it, the first entry read");
    }

    [Fact]
    public async Task A_postgresql_trail_is_verified_and_a_tampered_one_is_named()
    {
        if (Infrastructure.Tests.PostgresDatabase.SkipReason is { } reason) Assert.Skip(reason);
        await using var database = Infrastructure.Tests.PostgresDatabase.ForOneTest();
        database.Create();
        var written = await WriteThree(new ServiceCollection().AddFriendlyGovPostgres(database.ConnectionString).BuildServiceProvider());

        var intact = CliRun.Of("audit", "verify", "--postgres", database.ConnectionString);
        await Sql(new ServiceCollection().AddFriendlyGovPostgres(database.ConnectionString).BuildServiceProvider(), """UPDATE audit_trail SET "Summary" = 'sửa' WHERE "Sequence" = 3""");
        var tampered = CliRun.Of("audit", "verify", "--postgres", database.ConnectionString);

        (intact.ExitCode, intact.OutputLines[0]).Should().Be((0, "3 entries, chain intact"), intact.Error);
        (tampered.ExitCode, tampered.OutputLines[0]).Should().Be((1, $"the PostgreSQL database: audit chain broken at entry 3 ({written[2].Id}): changed: its content does not match its hash"));
    }

    [Fact]
    public void A_missing_file_is_unusable_input()
    {
        var run = CliRun.Of("audit", "verify", "--sqlite", Database);

        (run.ExitCode, run.Output).Should().Be((2, string.Empty));
        run.ErrorLines.Should().Equal($"{Database}: no such database file");
    }

    [Fact]
    public void A_file_that_is_not_a_friendlygov_database_is_unusable_input()
    {
        File.WriteAllText(Database, "not a database at all, just text that is long enough to have a header");

        var run = CliRun.Of("audit", "verify", "--sqlite", Database);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().Equal($"{Database}: not a FriendlyGov database: not a SQLite file");
    }

    [Fact]
    public async Task A_database_of_an_older_schema_is_unusable_input_until_migrated()
    {
        var cancel = TestContext.Current.CancellationToken;
        var options = new DbContextOptionsBuilder<SqliteFriendlyGovDbContext>().UseSqlite($"Data Source={Database};Pooling=False").Options;
        await using (var old = new SqliteFriendlyGovDbContext(options))
        {
            await old.GetService<IMigrator>().MigrateAsync(old.Database.GetMigrations().First(), cancel);
        }

        await using var current = new SqliteFriendlyGovDbContext(options);
        var pending = current.Database.GetMigrations().Count() - 1;
        var run = CliRun.Of("audit", "verify", "--sqlite", Database);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().Equal($"{Database}: its schema is older than this version ({pending} migration(s) missing): open it once with the FriendlyGov library to migrate it, then verify");
    }

    [Fact]
    public void An_empty_sqlite_file_is_not_a_friendlygov_database()
    {
        using (var connection = new SqliteConnection($"Data Source={Database};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE other (x INTEGER)";
            command.ExecuteNonQuery();
        }

        var run = CliRun.Of("audit", "verify", "--sqlite", Database);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().Equal($"{Database}: not a FriendlyGov database (it holds none of its tables)");
    }

    [Fact]
    public void An_unreachable_postgresql_server_is_unusable_input()
    {
        // Port 1 on the loopback has no server: the connection is refused at once.
        var run = CliRun.Of("audit", "verify", "--postgres", "Host=127.0.0.1;Port=1;Username=nobody;Database=friendlygov;Timeout=2");

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().ContainSingle().Which.Should().StartWith("the PostgreSQL database: cannot be read as a FriendlyGov database: ");
    }

    [Theory]
    [InlineData]
    [InlineData("--sqlite", "a.db", "--postgres", "Host=localhost")]
    public void Exactly_one_database_must_be_given(params string[] options)
    {
        var run = CliRun.Of(["audit", "verify", .. options]);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().Equal("friendlygov audit verify: give exactly one of --sqlite PATH or --postgres CONNECTION-STRING");
    }

    /// <inheritdoc />
    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    private ServiceProvider Services() => new ServiceCollection().AddFriendlyGovSqlite($"Data Source={Database};Pooling=False").BuildServiceProvider();

    private Task<IReadOnlyList<AuditEntry>> WriteThree() => WriteThree(Services());

    private static async Task<IReadOnlyList<AuditEntry>> WriteThree(ServiceProvider provider)
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var services = provider;
        for (var n = 1; n <= 3; n++)
        {
            using var scope = services.CreateScope();
            scope.ServiceProvider.GetRequiredService<IAuditTrail>().Append(new AuditEntry(Guid.NewGuid(), Instant.FromUtc(2025, 1, 10, 2, n), "admin", "OpenRound", $"round/{n}", $"mở đợt {n}"));
            await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(cancel);
        }

        using var reader = services.CreateScope();
        return await reader.ServiceProvider.GetRequiredService<FriendlyGovDbContext>().AuditTrail.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync(cancel);
    }

    private Task Sql(string sql) => Sql(Services(), sql);

    private static async Task Sql(ServiceProvider provider, string sql)
    {
        await using var services = provider;
        using var scope = services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<FriendlyGovDbContext>().Database.ExecuteSqlRawAsync(sql, TestContext.Current.CancellationToken);
    }
}
