// The child process of BulkCrashTests.
//
//   seed <database file>          registers five Đồng Nai units, ten officials and three observations
//   bulk <database file> [rows]   records [rows] observations (100,000 by default) in one RecordObservationsInBulk
//
// It writes one line per step on standard output, which the test reads: "seeded", "sending"
// (just before the bulk is sent), "saving" (just before the first INSERT into observations runs,
// inside SaveChanges' transaction), "holding" (see below) and "committed <added> <insert commands>".
// With FRIENDLYGOV_BULK_HOLD_AFTER=N it stops for good after the N-th INSERT command into
// observations has run, inside the open transaction, so the test can kill it there.
using System.Data.Common;
using FriendlyGov.Application;
using FriendlyGov.Application.Conduct.RecordObservation;
using FriendlyGov.Application.Conduct.RecordObservationsInBulk;
using FriendlyGov.Application.Conduct.RegisterOfficial;
using FriendlyGov.Application.Ports;
using FriendlyGov.Application.Units.Register;
using FriendlyGov.Domain.Conduct;
using FriendlyGov.Domain.Units;
using FriendlyGov.Infrastructure;
using MediatR;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

if (args.Length < 2 || args[0] is not ("seed" or "bulk"))
{
    await Console.Error.WriteLineAsync("usage: BulkWriter seed|bulk <database file> [rows]");
    return 2;
}

var holdAfter = int.TryParse(Environment.GetEnvironmentVariable("FRIENDLYGOV_BULK_HOLD_AFTER"), out var n) ? n : 0;
var watcher = new SaveWatcher(holdAfter);
var services = new ServiceCollection()
    .AddFriendlyGov()
    .AddFriendlyGovSqlite($"Data Source={args[1]};Pooling=False", builder => builder.AddInterceptors(watcher))
    .AddSingleton<ICurrentActor>(new Appraiser())
    .AddSingleton<IClock>(SystemClock.Instance)
    .BuildServiceProvider();

async Task<T> Send<T>(IRequest<T> request)
{
    await using var scope = services.CreateAsyncScope();
    return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
}

if (args[0] == "seed")
{
    await Send(new RegisterUnits(Guid.NewGuid(), [.. Data.Units.Select(u => new UnitRegistration(u.Code, u.Kind, u.Name, Data.Province, new LocalDate(2020, 1, 1)))]));
    foreach (var (code, unit) in Data.Officials)
        await Send(new RegisterOfficial(Guid.NewGuid(), code, $"Cán bộ {code}", unit, OfficialRole.Staff, new LocalDate(2023, 1, 1)));
    for (var i = 0; i < 3; i++)
        await Send(new RecordObservation(Guid.NewGuid(), Data.Officials[i].Code, "SMILE", new LocalDate(2024, 1, 2 + i), ObservationSource.CitizenReport, $"SEED-{i}", "Phản ánh trước khi nhập hàng loạt"));
    Console.WriteLine("seeded");
    return 0;
}

var rows = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
string[] rules = ["SMILE", "4X.1", "4X.2", "4L.1", "4L.2", "5K.1", "5K.3"];
ObservationInput[] observations =
[
    .. Enumerable.Range(0, rows).Select(i => new ObservationInput(
        Data.Officials[i % Data.Officials.Length].Code,
        rules[i % rules.Length],
        new LocalDate(2024, 1, 1).PlusDays(i % 366),
        ObservationSource.CitizenReport,
        $"CRASH-{i:D6}",
        $"Phản ánh số {i} của người dân")),
];
Console.WriteLine("sending");
var result = await Send(new RecordObservationsInBulk(Guid.NewGuid(), observations));
Console.WriteLine($"committed {result.Added} {watcher.Inserts}");
return 0;

/// <summary>The appraiser of Đồng Nai who sends every request.</summary>
internal sealed class Appraiser : ICurrentActor
{
    public Actor Actor { get; } = new("bulk-writer", new HashSet<ActorRole> { ActorRole.Appraiser, ActorRole.ProvinceAdministrator }, Data.Province);
}

/// <summary>What the child registers.</summary>
internal static class Data
{
    public const string Province = "Đồng Nai";

    public static (string Code, UnitKind Kind, string Name)[] Units { get; } =
    [
        ("25996", UnitKind.Ward, "Phường Tân Phong"),
        ("26029", UnitKind.Ward, "Phường Thống Nhất"),
        ("26089", UnitKind.Commune, "Xã Bình Lộc"),
        ("26116", UnitKind.Township, "Thị trấn Tân Phú"),
        ("26131", UnitKind.Commune, "Xã Tà Lài"),
    ];

    public static (string Code, string Unit)[] Officials { get; } =
        [.. Enumerable.Range(0, 10).Select(i => ($"CB-{i + 1:D3}", Units[i % Units.Length].Code))];
}

/// <summary>Says when SaveChanges starts inserting observations, and holds inside the transaction when asked.</summary>
/// <param name="holdAfter">Hold after this many INSERT commands into observations; 0 never holds.</param>
internal sealed class SaveWatcher(int holdAfter) : DbCommandInterceptor
{
    private int _inserts;

    public int Inserts => _inserts;

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Before(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Before(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Before(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Before(command);
        return ValueTask.FromResult(result);
    }

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        After(command);
        return result;
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        After(command);
        return ValueTask.FromResult(result);
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        After(command);
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        After(command);
        return ValueTask.FromResult(result);
    }

    private static bool IsInsert(DbCommand command) => command.CommandText.Contains("INSERT INTO \"observations\"", StringComparison.Ordinal);

    private void Before(DbCommand command)
    {
        if (IsInsert(command) && _inserts == 0) Console.WriteLine("saving");
    }

    private void After(DbCommand command)
    {
        if (!IsInsert(command)) return;
        _inserts++;
        if (holdAfter <= 0 || _inserts < holdAfter) return;
        Console.WriteLine("holding");
        Thread.Sleep(Timeout.Infinite);
    }
}
