// The child process of BulkCrashTests.
//
//   seed <database file>          registers five Đồng Nai units, ten officials and three observations
//   bulk <database file> [rows]   records [rows] observations (100,000 by default) in one RecordObservationsInBulk
//
// It writes one line per step on standard output, which the test reads: "seeded", "sending"
// (just before the bulk is sent), "saving" (just before the bulk path writes its first row into
// observations, inside SaveChanges' transaction), "holding" (see below) and "committed <added>
// <rows written in bulk>". With FRIENDLYGOV_BULK_HOLD_AFTER=N it stops for good once N rows are
// written into observations (a multiple of 1,000, as the bulk path reports every 1,000 rows),
// inside the open transaction, so the test can kill it there.
using System.Diagnostics;
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
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

if (args.Length < 2 || args[0] is not ("seed" or "bulk"))
{
    await Console.Error.WriteLineAsync("usage: BulkWriter seed|bulk <database file> [rows]");
    return 2;
}

var holdAfter = int.TryParse(Environment.GetEnvironmentVariable("FRIENDLYGOV_BULK_HOLD_AFTER"), out var n) ? n : 0;
var watcher = new SaveWatcher(holdAfter);
using var subscription = DiagnosticListener.AllListeners.Subscribe(watcher);
var services = new ServiceCollection()
    .AddFriendlyGov()
    .AddFriendlyGovSqlite($"Data Source={args[1]};Pooling=False")
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
Console.WriteLine($"committed {result.Added} {watcher.Rows}");
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

/// <summary>
/// Says when the bulk path starts writing observations, and holds inside the transaction when
/// asked; it listens to the infrastructure's "FriendlyGov.Infrastructure.Bulk" diagnostic events.
/// </summary>
/// <param name="holdAfter">Hold once this many rows are written into observations; 0 never holds.</param>
internal sealed class SaveWatcher(int holdAfter) : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
{
    private int _rows;

    public int Rows => _rows;

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == "FriendlyGov.Infrastructure.Bulk") value.Subscribe(this);
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Value is not ValueTuple<string, int> progress || progress.Item1 != "observations") return;
        _rows = progress.Item2;
        if (value.Key == "Writing") Console.WriteLine("saving");
        if (value.Key != "Written" || holdAfter <= 0 || progress.Item2 < holdAfter) return;
        Console.WriteLine("holding");
        Thread.Sleep(Timeout.Infinite);
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }
}
