// An outside app: drives a whole round through IMediator only, reads every assessment and the
// round's audit trail, then deletes its database and does it again in the same process.
// It references FriendlyGov.Application and FriendlyGov.Infrastructure.Sqlite, nothing else of ours.
using FriendlyGov.Application;
using FriendlyGov.Application.Assessments.CompleteAppraisal;
using FriendlyGov.Application.Assessments.Finalize;
using FriendlyGov.Application.Assessments.GetAssessment;
using FriendlyGov.Application.Assessments.RecordEvidence;
using FriendlyGov.Application.Assessments.StartAppraisal;
using FriendlyGov.Application.Assessments.SubmitSelfAssessment;
using FriendlyGov.Application.Audit.GetRoundAuditTrail;
using FriendlyGov.Application.Ports;
using FriendlyGov.Application.Rounds.Open;
using FriendlyGov.Application.Units.Register;
using FriendlyGov.Domain.Assessments;
using FriendlyGov.Domain.Evidence;
using FriendlyGov.Domain.Units;
using FriendlyGov.Infrastructure;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

var folder = Directory.CreateTempSubdirectory("friendlygov-outside-").FullName;
var database = Path.Combine(folder, "friendlygov.db");
const string Province = "Đồng Nai";
string[] units = ["25996", "26089"];
var admin = new Actor("admin", new HashSet<ActorRole> { ActorRole.ProvinceAdministrator }, Province);
var appraiser = new Actor("appraiser", new HashSet<ActorRole> { ActorRole.Appraiser }, Province);
Actor OfficerOf(string unit) => new($"officer-{unit}", new HashSet<ActorRole> { ActorRole.UnitOfficer }, Province, unit);

try
{
    for (var run = 1; run <= 2; run++)
    {
        await using var services = Build(database);
        await DriveRound(services, run);
        if (run == 1)
        {
            // Delete the database; the next provider, on the same connection string, recreates it.
            File.Delete(database);
            Console.WriteLine("outside-app: deleted the database");
        }
    }

    Console.WriteLine("outside-app: OK");
    return 0;
}
catch (Exception ex)
{
    Console.Error.WriteLine($"outside-app: FAILED: {ex}");
    return 1;
}
finally
{
    Directory.Delete(folder, recursive: true);
}

static ServiceProvider Build(string database)
{
    var services = new ServiceCollection();
    services.AddFriendlyGov();
    services.AddFriendlyGovSqlite($"Data Source={database};Pooling=False");
    services.AddScoped<SignedIn>();
    services.AddScoped<ICurrentActor>(provider => provider.GetRequiredService<SignedIn>());
    services.AddSingleton<IClock>(new StepClock(Instant.FromUtc(2025, 1, 10, 2, 0)));
    return services.BuildServiceProvider();
}

async Task<T> Send<T>(IServiceProvider services, Actor actor, IRequest<T> request)
{
    await using var scope = services.CreateAsyncScope();
    scope.ServiceProvider.GetRequiredService<SignedIn>().Actor = actor;
    return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
}

async Task DriveRound(IServiceProvider services, int run)
{
    await Send(services, admin, new RegisterUnits(Guid.NewGuid(),
    [
        new UnitRegistration("25996", UnitKind.Ward, "Phường Tân Phong", Province, new LocalDate(2020, 1, 1)),
        new UnitRegistration("26089", UnitKind.Ward, "Phường Bình Lộc", Province, new LocalDate(2020, 1, 1)),
    ]));
    var round = await Send(services, admin, new OpenRound(Guid.NewGuid(), "dongnai-friendly-government@2024.1", "2024", Province, units, new LocalDate(2025, 1, 31), new LocalDate(2025, 2, 28)));
    foreach (var unit in units)
    {
        await Send(services, OfficerOf(unit), new RecordEvidence(Guid.NewGuid(), round, unit, "G3.1.1", EvidenceSource.Self, new IndicatorEvidence { Value = 0.9m }));
        await Send(services, OfficerOf(unit), new SubmitSelfAssessment(Guid.NewGuid(), round, unit));
        await Send(services, appraiser, new StartAppraisal(Guid.NewGuid(), round, unit));
        await Send(services, appraiser, new RecordEvidence(Guid.NewGuid(), round, unit, "G3.1.1", EvidenceSource.Appraisal, new IndicatorEvidence { Value = 0.8m }));
        await Send(services, appraiser, new CompleteAppraisal(Guid.NewGuid(), round, unit));
        await Send(services, admin, new FinalizeAssessment(Guid.NewGuid(), round, unit));
    }

    foreach (var unit in units)
    {
        var details = await Send(services, admin, new GetAssessment(round, unit));
        if (details.State != AssessmentState.Finalized || details.Evidence.Count != 2)
            throw new InvalidOperationException($"run {run}: {unit} is {details.State} with {details.Evidence.Count} evidence entries, not finalized with 2");
        Console.WriteLine($"outside-app: run {run}: {unit} {details.State}, version {details.Version}, {details.Evidence.Count} evidence entries");
    }

    // Every entry of the round, read three at a time.
    var entries = 0;
    long? after = 0;
    while (after is { } from)
    {
        var page = await Send(services, appraiser, new GetRoundAuditTrail(round, from, 3));
        entries += page.Entries.Count;
        after = page.NextAfterSequence;
    }

    // 1 opening + per unit: 2 evidence entries, submission, start, completion, finalization = 6.
    const int Expected = 1 + 2 * 6;
    if (entries != Expected) throw new InvalidOperationException($"run {run}: the round's audit trail has {entries} entries, not {Expected}");
    Console.WriteLine($"outside-app: run {run}: the round's audit trail has {entries} entries");
}

/// <summary>Who is signed in for the current request.</summary>
internal sealed class SignedIn : ICurrentActor
{
    public Actor Actor { get; set; } = new("nobody", new HashSet<ActorRole>());
}

/// <summary>A clock that moves on a minute each time it is read, so entries have distinct times.</summary>
internal sealed class StepClock(Instant start) : IClock
{
    private Instant _now = start;

    public Instant GetCurrentInstant() => _now = _now + Duration.FromMinutes(1);
}
