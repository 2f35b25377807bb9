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

    private string Checkpoint => Path.Combine(_folder.Path, "checkpoint.json");

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

    [Theory]
    [InlineData("sec1")]
    [InlineData("pkcs8")]
    public async Task A_checkpoint_signed_with_the_province_key_is_verified(string keyFormat)
    {
        // sec1 is what `openssl ecparam -name prime256v1 -genkey -noout` writes (EC PRIVATE KEY); pkcs8 is PRIVATE KEY.
        var written = await WriteThree();
        var (key, publicKey) = Keys("province", keyFormat);

        var taken = CliRun.Of("audit", "checkpoint", "--sqlite", Database, "--key", key, "--out", Checkpoint);
        var verified = CliRun.Of("audit", "verify", "--sqlite", Database, "--checkpoint", Checkpoint, "--public-key", publicKey);

        taken.ExitCode.Should().Be(0, taken.Error);
        taken.OutputLines[0].Should().MatchRegex($"^checkpoint of entry 3 at \\d{{4}}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ written to {System.Text.RegularExpressions.Regex.Escape(Checkpoint)}$");
        verified.ExitCode.Should().Be(0, verified.Error);
        verified.OutputLines.Should().HaveCount(3);
        verified.OutputLines[2].Should().EndWith($": entry 3, hash {written[2].Hash}");
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Checkpoint));
        (json.RootElement.GetProperty("format").GetString(), json.RootElement.GetProperty("sequence").GetInt64(), json.RootElement.GetProperty("hash").GetString())
            .Should().Be(("friendlygov.checkpoint/1", 3L, written[2].Hash));
    }

    [Fact]
    public async Task A_trail_rewritten_with_recomputed_hashes_after_its_checkpoint_fails_naming_the_entry()
    {
        var written = await WriteThree();
        var (key, publicKey) = Keys("province", "sec1");
        CliRun.Of("audit", "checkpoint", "--sqlite", Database, "--key", key, "--out", Checkpoint).ExitCode.Should().Be(0);
        await Sql("""UPDATE audit_trail SET "Summary" = 'mở đợt khác' WHERE "Sequence" = 2""");
        await RelinkByHand();

        var plain = CliRun.Of("audit", "verify", "--sqlite", Database);
        var run = CliRun.Of("audit", "verify", "--sqlite", Database, "--checkpoint", Checkpoint, "--public-key", publicKey);

        plain.ExitCode.Should().Be(0, "the chain alone cannot see a rewrite that recomputed every hash");
        run.ExitCode.Should().Be(1);
        run.OutputLines[0].Should().StartWith($"{Database}: audit chain broken at entry 3 ({written[2].Id}): rewritten: its hash is ");
        run.OutputLines[0].Should().EndWith($"but the checkpoint of {CheckpointTime()} vouches for {written[2].Hash[..12]}…: the trail up to it was rewritten and its hashes recomputed");
    }

    [Fact]
    public async Task Entries_deleted_from_the_end_after_a_checkpoint_fail_naming_the_sequence()
    {
        var written = await WriteThree();
        var (key, publicKey) = Keys("province", "sec1");
        CliRun.Of("audit", "checkpoint", "--sqlite", Database, "--key", key, "--out", Checkpoint).ExitCode.Should().Be(0);
        await Sql("""DELETE FROM audit_trail WHERE "Sequence" = 3""");

        var run = CliRun.Of("audit", "verify", "--sqlite", Database, "--checkpoint", Checkpoint, "--public-key", publicKey);

        run.ExitCode.Should().Be(1);
        run.OutputLines.Should().Equal(
            $"{Database}: audit chain broken at entry 3: removed: the trail ends at entry 2, but the checkpoint of {CheckpointTime()} vouches for entry 3: entry 3 was removed from the end",
            $"2 entries before it hold; the last of them has hash {written[1].Hash}");
    }

    [Fact]
    public async Task A_checkpoint_with_a_changed_byte_fails_its_signature()
    {
        await WriteThree();
        var (key, publicKey) = Keys("province", "sec1");
        CliRun.Of("audit", "checkpoint", "--sqlite", Database, "--key", key, "--out", Checkpoint).ExitCode.Should().Be(0);
        File.WriteAllText(Checkpoint, File.ReadAllText(Checkpoint).Replace("\"sequence\": 3", "\"sequence\": 2", StringComparison.Ordinal));

        var run = CliRun.Of("audit", "verify", "--sqlite", Database, "--checkpoint", Checkpoint, "--public-key", publicKey);

        (run.ExitCode, run.Output).Should().Be((1, $"{Checkpoint}: the signature does not match the checkpoint's content: it was changed after it was signed\n"));
    }

    [Fact]
    public async Task A_checkpoint_checked_against_another_key_names_both_keys()
    {
        await WriteThree();
        var (key, _) = Keys("province", "sec1");
        var (_, otherPublic) = Keys("other", "sec1");
        CliRun.Of("audit", "checkpoint", "--sqlite", Database, "--key", key, "--out", Checkpoint).ExitCode.Should().Be(0);

        var run = CliRun.Of("audit", "verify", "--sqlite", Database, "--checkpoint", Checkpoint, "--public-key", otherPublic);

        run.ExitCode.Should().Be(1);
        run.OutputLines.Should().ContainSingle().Which.Should().StartWith($"{Checkpoint}: not signed by {otherPublic}: it names key ");
    }

    [Theory]
    [InlineData("""{"format": "friendlygov.checkpoint/1", "sequence": 3}""", "$.hash: is missing or not text")]
    [InlineData("""{"format": "friendlygov.checkpoint/1", "sequence": 3, "sequence": 4}""", "$.sequence: appears twice")]
    [InlineData("""{"format": "friendlygov.checkpoint/1", "sequenc": 3}""", "$.sequenc: is not a field of a checkpoint")]
    [InlineData("""{"format": "friendlygov.checkpoint/2"}""", "$.format: is 'friendlygov.checkpoint/2', expected 'friendlygov.checkpoint/1'")]
    [InlineData("[1, 2]", "$: must be an object")]
    public async Task An_unreadable_checkpoint_is_unusable_input(string content, string problem)
    {
        await WriteThree();
        var (_, publicKey) = Keys("province", "sec1");
        File.WriteAllText(Checkpoint, content);

        var run = CliRun.Of("audit", "verify", "--sqlite", Database, "--checkpoint", Checkpoint, "--public-key", publicKey);

        (run.ExitCode, run.Output).Should().Be((2, string.Empty));
        run.ErrorLines.Should().Equal($"{Checkpoint}: not a friendlygov.checkpoint/1 file: {problem}");
    }

    [Fact]
    public async Task A_broken_trail_gets_no_checkpoint()
    {
        var written = await WriteThree();
        var (key, _) = Keys("province", "sec1");
        await Sql("""UPDATE audit_trail SET "Actor" = 'someone-else' WHERE "Sequence" = 2""");

        var run = CliRun.Of("audit", "checkpoint", "--sqlite", Database, "--key", key, "--out", Checkpoint);

        run.ExitCode.Should().Be(1);
        run.OutputLines[0].Should().Be($"{Database}: audit chain broken at entry 2 ({written[1].Id}): changed: its content does not match its hash");
        run.OutputLines[^1].Should().Be("no checkpoint written: a broken trail is not vouched for");
        File.Exists(Checkpoint).Should().BeFalse();
    }

    [Fact]
    public async Task Signing_needs_the_private_key()
    {
        await WriteThree();
        var (_, publicKey) = Keys("province", "sec1");

        var run = CliRun.Of("audit", "checkpoint", "--sqlite", Database, "--key", publicKey, "--out", Checkpoint);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().Equal($"{publicKey}: holds a public key only; signing needs the private key");
        File.Exists(Checkpoint).Should().BeFalse();
    }

    [Fact]
    public void A_checkpoint_needs_its_public_key()
    {
        var run = CliRun.Of("audit", "verify", "--sqlite", Database, "--checkpoint", Checkpoint);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().Equal("friendlygov audit verify: --checkpoint and --public-key go together: a checkpoint is only worth its signature");
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

    private (string Key, string PublicKey) Keys(string name, string format)
    {
        using var key = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256);
        var keyPath = Path.Combine(_folder.Path, name + ".pem");
        var publicPath = Path.Combine(_folder.Path, name + ".pub.pem");
        File.WriteAllText(keyPath, format == "sec1" ? key.ExportECPrivateKeyPem() : key.ExportPkcs8PrivateKeyPem());
        File.WriteAllText(publicPath, key.ExportSubjectPublicKeyInfoPem());
        return (keyPath, publicPath);
    }

    private string CheckpointTime()
    {
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Checkpoint));
        return json.RootElement.GetProperty("at").GetString()!;
    }

    // A forger with the documented algorithm: every entry's hashes recomputed in order.
    private async Task RelinkByHand()
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var services = Services();
        using var scope = services.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<FriendlyGovDbContext>();
        AuditEntry? previous = null;
        foreach (var entry in await context.AuditTrail.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync(cancel))
        {
            var linked = AuditChain.Link(previous, entry);
            await context.Database.ExecuteSqlRawAsync("""UPDATE audit_trail SET "PreviousHash" = {0}, "Hash" = {1} WHERE "Sequence" = {2}""", [linked.PreviousHash, linked.Hash, linked.Sequence], cancel);
            previous = linked;
        }
    }

    private static async Task Sql(ServiceProvider provider, string sql)
    {
        await using var services = provider;
        using var scope = services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<FriendlyGovDbContext>().Database.ExecuteSqlRawAsync(sql, TestContext.Current.CancellationToken);
    }
}
