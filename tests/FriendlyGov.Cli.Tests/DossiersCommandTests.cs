using FriendlyGov.Application;
using FriendlyGov.Application.Dossiers.GetDossierStatistics;
using FriendlyGov.Application.Ports;
using FriendlyGov.Application.Units.Register;
using FriendlyGov.Domain.Dossiers;
using FriendlyGov.Domain.Units;
using FriendlyGov.Infrastructure;
using FriendlyGov.Infrastructure.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace FriendlyGov.Cli.Tests;

public sealed class DossiersCommandTests : IDisposable
{
    private const string Header = "unitCode,period,received,resolvedOnTime,resolvedLate,overdue,pending,filedOnline";
    private static readonly Actor Administrator = new("admin", new HashSet<ActorRole> { ActorRole.ProvinceAdministrator }, "Đồng Nai");
    private readonly TempDirectory _folder = new();

    private string Database => Path.Combine(_folder.Path, "friendlygov.db");

    [Fact]
    public async Task A_good_file_is_recorded_and_its_rows_can_be_read()
    {
        await RegisterUnits();
        var file = Csv("dossiers.csv", Header, "25996,2024-Q4,120,100,8,2,10,90", "26089,2024-Q4,40,38,2,0,0,12");

        var run = CliRun.Of("dossiers", "import", file, "--database", Database);

        run.ExitCode.Should().Be(0, run.Error);
        run.OutputLines.Should().Equal($"{file}: recorded 2 row(s) in {Database}: 2 added, 0 revised, 0 unchanged");
        (await Query(new GetDossierStatistics("25996", "2024-Q4"))).Should().Be(new DossierCounts(120, 100, 8, 2, 10, 90));
        (await Query(new GetDossierStatistics("26089", "2024-Q4"))).Should().Be(new DossierCounts(40, 38, 2, 0, 0, 12));

        var again = CliRun.Of("dossiers", "import", Csv("fix.csv", Header, "25996,2024-Q4,121,100,8,2,11,90"), "--database", Database);
        again.OutputLines.Should().Equal($"{Path.Combine(_folder.Path, "fix.csv")}: recorded 1 row(s) in {Database}: 0 added, 1 revised, 0 unchanged");
        (await Query(new GetDossierStatistics("25996", "2024-Q4"))).Should().Be(new DossierCounts(121, 100, 8, 2, 11, 90));
    }

    [Fact]
    public async Task A_bad_row_exits_2_naming_row_and_column_and_nothing_of_the_file_is_recorded()
    {
        await RegisterUnits();
        var before = await Counts();
        var file = Csv("dossiers.csv", Header, "25996,2024-Q4,120,100,8,2,10,90", "26089,2024-Q4,abc,38,2,0,0,12");

        var run = CliRun.Of("dossiers", "import", file, "--database", Database);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().Equal($"{file}: row 3, column received: 'abc' is not a whole number");
        run.Output.Should().BeEmpty();
        (await Counts()).Should().Be(before);
        before.Statistics.Should().Be(0);
    }

    [Fact]
    public async Task A_row_of_an_unregistered_unit_exits_2_and_records_none_of_the_rows()
    {
        await RegisterUnits();
        var before = await Counts();
        var file = Csv("dossiers.csv", Header, "25996,2024-Q4,120,100,8,2,10,90", "99999,2024-Q4,1,1,0,0,0,0");

        var run = CliRun.Of("dossiers", "import", file, "--database", Database);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().Equal($"{file}: row 3, column unitCode: unit 99999 is not registered");
        (await Counts()).Should().Be(before);
    }

    [Fact]
    public void A_missing_database_exits_2_and_is_not_created()
    {
        var file = Csv("dossiers.csv", Header, "25996,2024-Q4,1,1,0,0,0,0");

        var run = CliRun.Of("dossiers", "import", file, "--database", Database);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().Equal($"{Database}: no such database: give the FriendlyGov SQLite file that holds the units (or --create to make one)");
        File.Exists(Database).Should().BeFalse();
    }

    [Fact]
    public void The_database_option_is_required()
    {
        var run = CliRun.Of("dossiers", "import", Csv("dossiers.csv", Header));

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("--database");
    }

    /// <inheritdoc />
    public void Dispose() => _folder.Dispose();

    private string Csv(string name, params string[] lines)
    {
        var path = Path.Combine(_folder.Path, name);
        File.WriteAllText(path, string.Join("\n", lines) + "\n");
        return path;
    }

    private ServiceProvider Services(Actor actor) =>
        new ServiceCollection()
            .AddFriendlyGov()
            .AddFriendlyGovSqlite($"Data Source={Database};Pooling=False")
            .AddSingleton<ICurrentActor>(new FixedActor(actor))
            .AddSingleton<IClock>(SystemClock.Instance)
            .BuildServiceProvider();

    private async Task RegisterUnits()
    {
        await using var services = Services(Administrator);
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Send(
            new RegisterUnits(Guid.NewGuid(), [
                new UnitRegistration("25996", UnitKind.Ward, "Phường Tân Phong", "Đồng Nai", new LocalDate(2020, 1, 1)),
                new UnitRegistration("26089", UnitKind.Commune, "Xã Bình Lộc", "Đồng Nai", new LocalDate(2020, 1, 1)),
            ]),
            TestContext.Current.CancellationToken);
    }

    private async Task<DossierCounts?> Query(GetDossierStatistics query)
    {
        await using var services = Services(Administrator);
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(query, TestContext.Current.CancellationToken);
    }

    private async Task<(int Statistics, int Audit)> Counts()
    {
        await using var services = Services(Administrator);
        await using var scope = services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<FriendlyGovDbContext>();
        var cancel = TestContext.Current.CancellationToken;
        return (await context.DossierStatistics.CountAsync(cancel), await context.AuditTrail.CountAsync(cancel));
    }

    private sealed class FixedActor(Actor actor) : ICurrentActor
    {
        public Actor Actor => actor;
    }
}
