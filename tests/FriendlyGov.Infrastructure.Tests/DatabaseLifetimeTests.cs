using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Units;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace FriendlyGov.Infrastructure.Tests;

/// <summary>
/// How an app creates, migrates, deletes and recreates its database: migration is a step of the
/// service provider (or an explicit call), never remembered for the whole process, and a SQLite
/// database that lives in one connection is refused at registration.
/// </summary>
public sealed class DatabaseLifetimeTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private string File => Path.Combine(_folder.Path, "friendlygov.db");

    private string Connection => $"Data Source={File};Pooling=False";

    [Fact]
    public async Task A_new_provider_on_the_same_connection_string_migrates_a_database_file_deleted_since()
    {
        await using (var first = new ServiceCollection().AddFriendlyGovSqlite(Connection).BuildServiceProvider())
            (await RegisterUnitAndCount(first)).Should().Be(1);
        System.IO.File.Delete(File);

        // Before, a process-wide memory said "migrated" and every request failed with "no such table: idempotency".
        await using var second = new ServiceCollection().AddFriendlyGovSqlite(Connection).BuildServiceProvider();
        (await RegisterUnitAndCount(second)).Should().Be(1, "the recreated database starts empty, so it holds only the unit just registered");
    }

    [Fact]
    public async Task The_explicit_migration_step_recreates_a_deleted_database_and_can_run_again()
    {
        await using var services = new ServiceCollection().AddFriendlyGovSqlite(Connection).BuildServiceProvider();
        services.MigrateFriendlyGovDatabase();
        services.MigrateFriendlyGovDatabase();
        (await RegisterUnitAndCount(services)).Should().Be(1);

        System.IO.File.Delete(File);
        services.MigrateFriendlyGovDatabase();

        (await RegisterUnitAndCount(services)).Should().Be(1, "the recreated database starts empty, so it holds only the unit just registered");
    }

    [Fact]
    public void The_explicit_migration_step_without_a_database_names_what_is_missing()
    {
        using var services = new ServiceCollection().BuildServiceProvider();

        var migrate = () => services.MigrateFriendlyGovDatabase();

        migrate.Should().Throw<InvalidOperationException>().WithMessage("No FriendlyGov database is registered: call AddFriendlyGovSqlite or AddFriendlyGovPostgres first.");
    }

    [Theory]
    [InlineData("Data Source=:memory:", "Data Source=:memory:")]
    [InlineData("Data Source = :memory: ;Cache=Shared", "Data Source=:memory:")]
    [InlineData("Data Source=friendlygov;Mode=Memory;Cache=Shared", "Mode=Memory")]
    [InlineData("Data Source=", "an empty Data Source (a temporary database)")]
    public void A_sqlite_database_that_lives_in_one_connection_is_refused_at_registration(string connectionString, string named)
    {
        var register = () => new ServiceCollection().AddFriendlyGovSqlite(connectionString);

        register.Should().Throw<ArgumentException>()
            .WithMessage($"AddFriendlyGovSqlite: {named} is refused: each request opens its own connection and such a database lives only as long as one connection, so every request would see a new, empty database. Give a file instead, such as Data Source=friendlygov.db (in a temporary folder for tests).*")
            .Which.ParamName.Should().Be("connectionString");
    }

    [Fact]
    public void A_connection_string_sqlite_cannot_read_is_refused_at_registration_naming_the_method()
    {
        var register = () => new ServiceCollection().AddFriendlyGovSqlite("Data Source=a.db;Colour=blue");

        register.Should().Throw<ArgumentException>().WithMessage("AddFriendlyGovSqlite: the connection string is not one SQLite reads: *colour*");
    }

    /// <inheritdoc />
    public void Dispose() => _folder.Dispose();

    /// <summary>Registers Phường Tân Phong through the stores, in a scope of its own, and counts the units stored.</summary>
    private static async Task<int> RegisterUnitAndCount(IServiceProvider services)
    {
        using (var scope = services.CreateScope())
        {
            (await scope.ServiceProvider.GetRequiredService<IIdempotencyStore>().FindAsync<int>(Guid.NewGuid(), Cancel)).Should().BeNull();
            await scope.ServiceProvider.GetRequiredService<IRepository<AdministrativeUnit>>()
                .AddAsync(new AdministrativeUnit("25996", UnitKind.Ward, "Phường Tân Phong", "Đồng Nai", new LocalDate(2020, 1, 1)), Cancel);
            await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(Cancel);
        }

        using var reading = services.CreateScope();
        return await reading.ServiceProvider.GetRequiredService<IReadRepository<AdministrativeUnit>>().CountAsync(Cancel);
    }
}
