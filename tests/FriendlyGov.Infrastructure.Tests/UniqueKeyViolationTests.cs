using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Units;
using FriendlyGov.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Npgsql;

namespace FriendlyGov.Infrastructure.Tests;

/// <summary>
/// The unit of work tells a unique-key violation (someone saved the same record first) from any
/// other store error by the provider's error code, never by the wording of its message.
/// </summary>
public sealed class UniqueKeyViolationTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(19, 2067, true)] // SQLITE_CONSTRAINT_UNIQUE
    [InlineData(19, 1555, true)] // SQLITE_CONSTRAINT_PRIMARYKEY
    [InlineData(19, 787, false)] // SQLITE_CONSTRAINT_FOREIGNKEY
    [InlineData(19, 275, false)] // SQLITE_CONSTRAINT_CHECK
    [InlineData(1, 1, false)] // SQLITE_ERROR, although the message below says UNIQUE
    public void Sqlite_names_a_unique_key_violation_by_its_error_codes(int errorCode, int extendedErrorCode, bool unique)
    {
        using var context = new SqliteFriendlyGovDbContext(new DbContextOptionsBuilder<SqliteFriendlyGovDbContext>().UseSqlite("Data Source=unused.db").Options);

        ((IStoreErrors)context).IsUniqueKeyViolation(new SqliteException("UNIQUE constraint failed: units.Code", errorCode, extendedErrorCode)).Should().Be(unique);
    }

    [Theory]
    [InlineData("23505", true)] // unique_violation
    [InlineData("23503", false)] // foreign_key_violation
    [InlineData("40001", false)] // serialization_failure, although the message below says duplicate key
    public void Postgres_names_a_unique_key_violation_by_its_sqlstate(string sqlState, bool unique)
    {
        using var context = new PostgresFriendlyGovDbContext(new DbContextOptionsBuilder<PostgresFriendlyGovDbContext>().UseNpgsql("Host=unused").Options);

        ((IStoreErrors)context).IsUniqueKeyViolation(new PostgresException("duplicate key value violates unique constraint \"IX_Units_Code\"", "ERROR", "ERROR", sqlState)).Should().Be(unique);
    }

    [Fact]
    public async Task A_second_unit_with_a_code_taken_is_a_concurrency_conflict_on_sqlite()
    {
        await using var services = new ServiceCollection().AddFriendlyGovSqlite($"Data Source={Path.Combine(_folder.Path, "unique.db")};Pooling=False").BuildServiceProvider();

        await SaveTanPhongTwiceRefusedTheSecondTime(services, e => e.Should().BeOfType<SqliteException>().Which.SqliteExtendedErrorCode.Should().Be(2067));
    }

    [Fact]
    public async Task A_second_unit_with_a_code_taken_is_a_concurrency_conflict_on_postgres()
    {
        if (PostgresDatabase.SkipReason is { } reason) Assert.Skip(reason);
        await using var database = PostgresDatabase.ForOneTest();
        database.Create();
        await using var services = new ServiceCollection().AddFriendlyGovPostgres(database.ConnectionString).BuildServiceProvider();

        await SaveTanPhongTwiceRefusedTheSecondTime(services, e => e.Should().BeOfType<PostgresException>().Which.SqlState.Should().Be("23505"));
    }

    /// <inheritdoc />
    public void Dispose() => _folder.Dispose();

    private static async Task SaveTanPhongTwiceRefusedTheSecondTime(IServiceProvider services, Action<Exception?> storeError)
    {
        await AddTanPhong(services);

        var again = () => AddTanPhong(services);

        var conflict = (await again.Should().ThrowAsync<ConcurrencyException>()).Which;
        conflict.Message.Should().StartWith("Another command saved the same record first; nothing was saved: read again and retry.");
        conflict.InnerException.Should().BeOfType<DbUpdateException>();
        storeError(conflict.InnerException!.InnerException);
        using var reading = services.CreateScope();
        (await reading.ServiceProvider.GetRequiredService<IReadRepository<AdministrativeUnit>>().CountAsync(Cancel)).Should().Be(1);
    }

    private static async Task AddTanPhong(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<IRepository<AdministrativeUnit>>()
            .AddAsync(new AdministrativeUnit("25996", UnitKind.Ward, "Phường Tân Phong", "Đồng Nai", new LocalDate(2020, 1, 1)), Cancel);
        await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(Cancel);
    }
}
