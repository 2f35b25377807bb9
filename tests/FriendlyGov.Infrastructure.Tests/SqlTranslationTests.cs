using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Units;
using FriendlyGov.Domain.Units.Specifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace FriendlyGov.Infrastructure.Tests;

/// <summary>Specifications run in SQL: the database filters, orders and pages, as EF Core's SQL log shows.</summary>
public sealed class SqlTranslationTests : IDisposable
{
    private readonly TempDirectory _folder = new();
    private readonly List<string> _sql = [];

    [Fact]
    public async Task Filtering_ordering_and_paging_happen_in_the_database()
    {
        await using var services = Services();
        await Seed(services);
        _sql.Clear();

        using var scope = services.CreateScope();
        var units = scope.ServiceProvider.GetRequiredService<IReadRepository<AdministrativeUnit>>();
        var page = await units.ListAsync(new UnitsOfProvinceSpec("Đồng Nai", skip: 2, take: 3), TestContext.Current.CancellationToken);

        // Seeded: five Đồng Nai units 26000..26004 and one of Bình Dương; by code, skip 2, take 3.
        page.Select(u => u.Code).Should().Equal("26002", "26003", "26004");
        var select = _sql.Should().ContainSingle(s => s.Contains("SELECT", StringComparison.Ordinal)).Subject;
        select.Should().Contain("WHERE \"u\".\"Province\" = @").And.Contain("ORDER BY \"u\".\"Code\"").And.Contain("LIMIT @").And.Contain("OFFSET @");
    }

    [Fact]
    public async Task Vietnamese_text_and_local_dates_come_back_exactly()
    {
        await using var services = Services();
        await Seed(services);

        using var scope = services.CreateScope();
        var units = scope.ServiceProvider.GetRequiredService<IReadRepository<AdministrativeUnit>>();
        var unit = await units.FirstOrDefaultAsync(new UnitByCodeSpec("27000", new LocalDate(2024, 6, 21)), TestContext.Current.CancellationToken);

        unit!.Name.Should().Be("Phường Thủ Dầu Một");
        unit.Province.Should().Be("Bình Dương");
        unit.ExistedFrom.Should().Be(new LocalDate(2020, 2, 29));
        unit.ExistedUntil.Should().Be(new LocalDate(2025, 6, 30));
    }

    [Fact]
    public async Task The_audit_trail_refuses_a_change_through_the_library()
    {
        await using var services = Services();
        using var scope = services.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<Persistence.FriendlyGovDbContext>();
        var entry = new Domain.Audit.AuditEntry(Guid.NewGuid(), Instant.FromUtc(2025, 1, 10, 2, 0), "admin", "OpenRound", "round/1", "mở đợt đánh giá");
        context.AuditTrail.Add(entry);
        await context.SaveChangesAsync(TestContext.Current.CancellationToken);

        context.Entry(entry).State = EntityState.Modified;
        var change = () => context.SaveChangesAsync(TestContext.Current.CancellationToken);

        (await change.Should().ThrowAsync<InvalidOperationException>()).WithMessage($"The audit trail is append-only: entry {entry.Id} cannot be changed.");
        context.Entry(entry).State = EntityState.Deleted;
        (await change.Should().ThrowAsync<InvalidOperationException>()).WithMessage($"The audit trail is append-only: entry {entry.Id} cannot be removed.");
    }

    /// <inheritdoc />
    public void Dispose() => _folder.Dispose();

    private ServiceProvider Services()
    {
        var services = new ServiceCollection();
        services.AddFriendlyGovSqlite(
            $"Data Source={Path.Combine(_folder.Path, "sql.db")};Pooling=False",
            options => options.LogTo(message => _sql.Add(message), [DbLoggerCategory.Database.Command.Name], LogLevel.Information));
        return services.BuildServiceProvider();
    }

    private static async Task Seed(ServiceProvider services)
    {
        using var scope = services.CreateScope();
        var units = scope.ServiceProvider.GetRequiredService<IRepository<AdministrativeUnit>>();
        var from = new LocalDate(2020, 2, 29);
        await units.AddRangeAsync(
            [
                .. Enumerable.Range(0, 5).Select(i => new AdministrativeUnit($"2600{i}", UnitKind.Commune, $"Xã Thử {i}", "Đồng Nai", from)),
                new AdministrativeUnit("27000", UnitKind.Ward, "Phường Thủ Dầu Một", "Bình Dương", from, new LocalDate(2025, 6, 30)),
            ],
            TestContext.Current.CancellationToken);
        await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(TestContext.Current.CancellationToken);
    }
}
