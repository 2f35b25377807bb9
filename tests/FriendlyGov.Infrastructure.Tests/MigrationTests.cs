using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Units;
using FriendlyGov.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace FriendlyGov.Infrastructure.Tests;

/// <summary>Schema changes are migrations: a database made by the first version upgrades to the current one and keeps its data.</summary>
public sealed class MigrationTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    [Fact]
    public async Task A_database_of_the_first_version_upgrades_to_the_current_schema_and_keeps_its_rows()
    {
        var cancel = TestContext.Current.CancellationToken;
        var connection = $"Data Source={Path.Combine(_folder.Path, "old.db")};Pooling=False";
        var options = new DbContextOptionsBuilder<SqliteFriendlyGovDbContext>().UseSqlite(connection).Options;
        await using (var old = new SqliteFriendlyGovDbContext(options))
        {
            var first = old.Database.GetMigrations().First();
            await old.GetService<IMigrator>().MigrateAsync(first, cancel);
            // The row as the first version wrote it: the current model has columns the first schema lacks.
            await old.Database.ExecuteSqlRawAsync(
                """INSERT INTO units ("Id", "Code", "Kind", "Name", "Province", "ExistedFrom", "Version") VALUES ({0}, '25996', 'Ward', 'Phường Tân Phong', 'Đồng Nai', '2020-01-01', 0)""",
                [Guid.NewGuid()],
                cancel);
        }

        var services = new ServiceCollection().AddFriendlyGovSqlite(connection).BuildServiceProvider();
        await using (services)
        {
            using var scope = services.CreateScope();
            var context = scope.ServiceProvider.GetRequiredService<FriendlyGovDbContext>();
            (await context.Database.GetPendingMigrationsAsync(cancel)).Should().BeEmpty();
            var units = await scope.ServiceProvider.GetRequiredService<IReadRepository<AdministrativeUnit>>().ListAsync(cancel);
            units.Should().ContainSingle().Which.Name.Should().Be("Phường Tân Phong");
        }
    }

    [Fact]
    public async Task Audit_entries_from_before_the_chain_are_renumbered_without_gaps_and_linked_on_upgrade()
    {
        var connection = $"Data Source={Path.Combine(_folder.Path, "audit.db")};Pooling=False";

        // SQLite keeps instants as ticks since 1970: 2025-01-10T02:00:00Z is 20,098 days + 2 h = 1,736,474,400 s after it, × 10^7 ticks.
        await UpgradeAuditTrail(
            new SqliteFriendlyGovDbContext(new DbContextOptionsBuilder<SqliteFriendlyGovDbContext>().UseSqlite(connection).Options),
            "17364744000000000",
            services => services.AddFriendlyGovSqlite(connection));
    }

    [Fact]
    public async Task Audit_entries_from_before_the_chain_are_renumbered_without_gaps_and_linked_on_upgrade_on_postgresql()
    {
        if (PostgresDatabase.SkipReason is { } reason) Assert.Skip(reason);
        await using var database = PostgresDatabase.ForOneTest();
        database.Create();

        await UpgradeAuditTrail(
            new PostgresFriendlyGovDbContext(new DbContextOptionsBuilder<PostgresFriendlyGovDbContext>().UseNpgsql(database.ConnectionString, n => n.UseNodaTime()).Options),
            "'2025-01-10T02:00:00Z'",
            services => services.AddFriendlyGovPostgres(database.ConnectionString));
    }

    [Fact]
    public Task Assessments_kept_before_units_had_an_identity_name_their_units_first_day_after_the_upgrade()
    {
        var connection = $"Data Source={Path.Combine(_folder.Path, "identity.db")};Pooling=False";
        return UpgradeUnitIdentity(
            new SqliteFriendlyGovDbContext(new DbContextOptionsBuilder<SqliteFriendlyGovDbContext>().UseSqlite(connection).Options),
            "'2020-01-01'",
            "'2025-06-30'",
            services => services.AddFriendlyGovSqlite(connection));
    }

    [Fact]
    public async Task Assessments_kept_before_units_had_an_identity_name_their_units_first_day_after_the_upgrade_on_postgresql()
    {
        if (PostgresDatabase.SkipReason is { } reason) Assert.Skip(reason);
        await using var database = PostgresDatabase.ForOneTest();
        database.Create();

        await UpgradeUnitIdentity(
            new PostgresFriendlyGovDbContext(new DbContextOptionsBuilder<PostgresFriendlyGovDbContext>().UseNpgsql(database.ConnectionString, n => n.UseNodaTime()).Options),
            "DATE '2020-01-01'",
            "DATE '2025-06-30'",
            services => services.AddFriendlyGovPostgres(database.ConnectionString));
    }

    [Fact]
    public async Task Scorecards_finalized_before_the_standing_was_kept_give_it_on_upgrade()
    {
        var connection = $"Data Source={Path.Combine(_folder.Path, "standing.db")};Pooling=False";

        // SQLite keeps instants as ticks since 1970: 2025-03-03T03:00:00Z is 20,150 days + 3 h = 1,740,970,800 s after it, × 10^7 ticks.
        await UpgradeFinalStanding(
            new SqliteFriendlyGovDbContext(new DbContextOptionsBuilder<SqliteFriendlyGovDbContext>().UseSqlite(connection).Options),
            "17409708000000000",
            services => services.AddFriendlyGovSqlite(connection));
    }

    [Fact]
    public async Task Scorecards_finalized_before_the_standing_was_kept_give_it_on_upgrade_on_postgresql()
    {
        if (PostgresDatabase.SkipReason is { } reason) Assert.Skip(reason);
        await using var database = PostgresDatabase.ForOneTest();
        database.Create();

        await UpgradeFinalStanding(
            new PostgresFriendlyGovDbContext(new DbContextOptionsBuilder<PostgresFriendlyGovDbContext>().UseNpgsql(database.ConnectionString, n => n.UseNodaTime()).Options),
            "'2025-03-03T03:00:00Z'",
            services => services.AddFriendlyGovPostgres(database.ConnectionString));
    }

    [Fact]
    public void Both_providers_have_the_same_migrations()
    {
        using var sqlite = new SqliteFriendlyGovDbContext(new DbContextOptionsBuilder<SqliteFriendlyGovDbContext>().UseSqlite("Data Source=:memory:").Options);
        using var postgres = new PostgresFriendlyGovDbContext(new DbContextOptionsBuilder<PostgresFriendlyGovDbContext>().UseNpgsql("Host=localhost", n => n.UseNodaTime()).Options);

        static IEnumerable<string> Names(DbContext context) => context.Database.GetMigrations().Select(m => m[(m.IndexOf('_', StringComparison.Ordinal) + 1)..]);

        Names(sqlite).Should().Equal(Names(postgres)).And.NotBeEmpty();
    }

    /// <inheritdoc />
    public void Dispose() => _folder.Dispose();

    private static async Task UpgradeFinalStanding(FriendlyGovDbContext old, string finalizedAt, Action<IServiceCollection> addStores)
    {
        var cancel = TestContext.Current.CancellationToken;
        await using (old)
        {
            var migrations = old.Database.GetMigrations().ToList();
            var before = migrations[migrations.FindIndex(m => m.EndsWith("_KeepFinalStanding", StringComparison.Ordinal)) - 1];
            await old.GetService<IMigrator>().MigrateAsync(before, cancel);

            // As the version before wrote them: Tân Phong finalized at 80.50 points, rated "good" (the second rating);
            // Bình Lộc finalized though its unit was never registered; Tà Lài never finalized.
            await old.Database.ExecuteSqlRawAsync(
                """INSERT INTO units ("Id", "Code", "District", "ExistedFrom", "ExistedUntil", "Kind", "Name", "Province", "Version") VALUES ('b0000000-0000-0000-0000-000000000001', '25996', NULL, '2020-01-01', NULL, 'Ward', 'Phường Tân Phong', 'Đồng Nai', 1)""",
                cancel);
            const string card = """{"Framework":"dongnai-friendly-government@2024.1","UnitCode":"{0}","UnitName":"{1}","Period":"2024","Total":{2},"Rating":"{3}","RatingRank":{4},"BandRating":"{3}","Bonus":0,"Groups":{},"Indicators":{},"Caps":[],"Missing":[],"Explanations":{}}""";
            var insert = $$"""INSERT INTO assessments ("Id", "Appeals", final_scorecard, "FinalizedAt", "RoundId", "State", "SubmittedAt", "SubmittedLate", "UnitCode", "UnitExistedFrom", "Version", evidence) VALUES ({0}, 0, {1}, {{finalizedAt}}, 'd0000000-0000-0000-0000-000000000001', {2}, NULL, FALSE, {3}, '2020-01-01', 4, '[]')""";
            string Card(string code, string name, string total, string rating, int rank) =>
                card.Replace("{0}", code, StringComparison.Ordinal).Replace("{1}", name, StringComparison.Ordinal).Replace("{2}", total, StringComparison.Ordinal)
                    .Replace("{3}", rating, StringComparison.Ordinal).Replace("{4}", rank.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
            await old.Database.ExecuteSqlRawAsync(insert, [Guid.Parse("c0000000-0000-0000-0000-000000000001"), Card("25996", "Phường Tân Phong", "80.50", "good", 1), "Finalized", "25996"], cancel);
            await old.Database.ExecuteSqlRawAsync(insert, [Guid.Parse("c0000000-0000-0000-0000-000000000002"), Card("26089", "Xã Bình Lộc", "96", "excellent", 0), "Finalized", "26089"], cancel);
            await old.Database.ExecuteSqlRawAsync(
                """INSERT INTO assessments ("Id", "Appeals", final_scorecard, "FinalizedAt", "RoundId", "State", "SubmittedAt", "SubmittedLate", "UnitCode", "UnitExistedFrom", "Version", evidence) VALUES ('c0000000-0000-0000-0000-000000000003', 0, NULL, NULL, 'd0000000-0000-0000-0000-000000000001', 'Draft', NULL, FALSE, '26116', '2020-01-01', 0, '[]')""",
                cancel);
        }

        var collection = new ServiceCollection();
        addStores(collection);
        await using var services = collection.BuildServiceProvider();
        using var scope = services.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<FriendlyGovDbContext>();
        var standings = await context.Assessments.AsNoTracking().OrderBy(a => a.UnitCode)
            .Select(a => new { a.UnitCode, a.FinalUnitName, a.FinalUnitKind, a.FinalFramework, a.FinalPeriod, a.FinalTotal, a.FinalRating, a.FinalRatingRank })
            .ToListAsync(cancel);

        standings.Select(s => (s.UnitCode, s.FinalUnitName, s.FinalUnitKind, s.FinalFramework, s.FinalPeriod, s.FinalTotal, s.FinalRating, s.FinalRatingRank)).Should().Equal(
            ("25996", "Phường Tân Phong", UnitKind.Ward, "dongnai-friendly-government@2024.1", "2024", 80.50m, "good", 1),
            ("26089", "Xã Bình Lộc", null, "dongnai-friendly-government@2024.1", "2024", 96m, "excellent", 0),
            ("26116", null, null, null, null, null, null, null));

        // The figure is the JSON's text, "80.50", never a float's approximation of it.
        standings[0].FinalTotal!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be("80.50");
    }

    private static async Task UpgradeAuditTrail(FriendlyGovDbContext old, string at, Action<IServiceCollection> addStores)
    {
        var cancel = TestContext.Current.CancellationToken;
        await using (old)
        {
            await old.GetService<IMigrator>().MigrateAsync(old.Database.GetMigrations().First(), cancel);

            // Rows as the first version wrote them, with the gap a rolled-back insert leaves (no 3 or 4).
            var insert = $$"""INSERT INTO audit_trail ("Sequence", "Id", "At", "Actor", "Action", "Subject", "Summary") VALUES ({0}, {1}, {{at}}, 'admin', 'OpenRound', 'round/1', 'mở đợt')""";
            foreach (var (sequence, id) in new[] { (1L, Guid.Parse("a0000000-0000-0000-0000-000000000001")), (2L, Guid.Parse("a0000000-0000-0000-0000-000000000002")), (5L, Guid.Parse("a0000000-0000-0000-0000-000000000005")) })
            {
                await old.Database.ExecuteSqlRawAsync(insert, [sequence, id], cancel);
            }
        }

        var collection = new ServiceCollection();
        addStores(collection);
        await using var services = collection.BuildServiceProvider();
        using (var scope = services.CreateScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<FriendlyGovDbContext>();
            var trail = await context.AuditTrail.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync(cancel);
            trail.Select(e => (e.Sequence, e.Id.ToString())).Should().Equal((1, "a0000000-0000-0000-0000-000000000001"), (2, "a0000000-0000-0000-0000-000000000002"), (3, "a0000000-0000-0000-0000-000000000005"));
            trail[0].At.Should().Be(Instant.FromUtc(2025, 1, 10, 2, 0));
            var report = await AuditTrailVerifier.VerifyAsync(context, cancel);
            (report.Entries, report.Break).Should().Be((3, null));
        }

        using (var scope = services.CreateScope())
        {
            scope.ServiceProvider.GetRequiredService<IAuditTrail>().Append(new Domain.Audit.AuditEntry(Guid.NewGuid(), Instant.FromUtc(2025, 2, 1, 0, 0), "admin", "CloseRound", "round/1", "đóng đợt"));
            await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(cancel);
            var report = await AuditTrailVerifier.VerifyAsync(scope.ServiceProvider.GetRequiredService<FriendlyGovDbContext>(), cancel);
            (report.Entries, report.Break).Should().Be((4, null));
        }
    }

    /// <summary>
    /// A database of the version before <c>IdentifyUnitsByCodeAndFirstDay</c>, holding Phường Quyết
    /// Thắng (26041, 2020-01-01 to 2025-06-30) and its assessment, upgrades: the assessment names the
    /// unit's first day, the unit names no lineage, and Phường Trấn Biên can then take code 26041 from
    /// 2025-07-01 beside it.
    /// </summary>
    private static async Task UpgradeUnitIdentity(FriendlyGovDbContext old, string from, string until, Action<IServiceCollection> addStores)
    {
        var cancel = TestContext.Current.CancellationToken;
        var assessmentId = Guid.NewGuid();
        await using (old)
        {
            var migrations = old.Database.GetMigrations().ToList();
            var before = migrations[migrations.FindIndex(m => m.EndsWith("_IdentifyUnitsByCodeAndFirstDay", StringComparison.Ordinal)) - 1];
            await old.GetService<IMigrator>().MigrateAsync(before, cancel);
            var unit = $$"""INSERT INTO units ("Id", "Code", "Kind", "Name", "Province", "ExistedFrom", "ExistedUntil", "Version") VALUES ({0}, '26041', 'Ward', 'Phường Quyết Thắng', 'Đồng Nai', {{from}}, {{until}}, 0)""";
            await old.Database.ExecuteSqlRawAsync(unit, [Guid.NewGuid()], cancel);
            await old.Database.ExecuteSqlRawAsync(
                """INSERT INTO assessments ("Id", "RoundId", "UnitCode", "State", "evidence", "SubmittedLate", "Appeals", "Version") VALUES ({0}, {1}, '26041', 'Draft', '[]', {2}, 0, 0)""",
                [assessmentId, Guid.NewGuid(), false],
                cancel);
        }

        var collection = new ServiceCollection();
        addStores(collection);
        await using var services = collection.BuildServiceProvider();
        using var scope = services.CreateScope();
        var assessment = await scope.ServiceProvider.GetRequiredService<IReadRepository<Domain.Assessments.Assessment>>().GetByIdAsync(assessmentId, cancel);
        assessment!.UnitExistedFrom.Should().Be(new LocalDate(2020, 1, 1));
        var units = scope.ServiceProvider.GetRequiredService<IRepository<AdministrativeUnit>>();
        (await units.ListAsync(cancel)).Should().ContainSingle().Which.Predecessors.Should().BeEmpty();
        await units.AddAsync(new AdministrativeUnit("26041", UnitKind.Ward, "Phường Trấn Biên", "Đồng Nai", new LocalDate(2025, 7, 1)), cancel);
        await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(cancel);
        (await units.ListAsync(cancel)).Select(u => u.Name).Should().BeEquivalentTo("Phường Quyết Thắng", "Phường Trấn Biên");
    }
}
