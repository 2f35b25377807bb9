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
            old.Units.Add(new AdministrativeUnit("25996", UnitKind.Ward, "Phường Tân Phong", "Đồng Nai", new LocalDate(2020, 1, 1)));
            await old.SaveChangesAsync(cancel);
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
    public void Both_providers_have_the_same_migrations()
    {
        using var sqlite = new SqliteFriendlyGovDbContext(new DbContextOptionsBuilder<SqliteFriendlyGovDbContext>().UseSqlite("Data Source=:memory:").Options);
        using var postgres = new PostgresFriendlyGovDbContext(new DbContextOptionsBuilder<PostgresFriendlyGovDbContext>().UseNpgsql("Host=localhost", n => n.UseNodaTime()).Options);

        static IEnumerable<string> Names(DbContext context) => context.Database.GetMigrations().Select(m => m[(m.IndexOf('_', StringComparison.Ordinal) + 1)..]);

        Names(sqlite).Should().Equal(Names(postgres)).And.NotBeEmpty();
    }

    /// <inheritdoc />
    public void Dispose() => _folder.Dispose();
}
