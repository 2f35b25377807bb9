using BenchmarkDotNet.Attributes;
using FriendlyGov.Application.Rounds.Open;
using FriendlyGov.Application.Scorecards.GetLiveScorecard;
using FriendlyGov.Application.Units.Register;
using FriendlyGov.Domain.Assessments;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace FriendlyGov.Benchmarks;

/// <summary>
/// The cost of the MediatR pipeline: <c>GetLiveScorecard</c> of one unit sent through
/// <c>IMediator</c> (validation, authorization, idempotency and commit behaviours) against the same
/// request given to its handler directly. Both run in a new service scope on the same SQLite file
/// (<c>AddFriendlyGovSqlite</c>), so both read the round and the assessment and score it.
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private BenchmarkDatabase? _database;
    private Workflow? _workflow;
    private Guid _roundId;
    private string _unitCode = string.Empty;

    private Workflow Workflow => _workflow ?? throw new InvalidOperationException("Not set up.");

    /// <summary>Registers one unit, opens a round for it and records full-marks evidence.</summary>
    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    /// <summary><c>IMediator.Send</c>, through every behaviour.</summary>
    /// <returns>The total.</returns>
    [Benchmark]
    public decimal MediatorSend() =>
        Workflow.SendAs(VietnamUnits.Administrator(VietnamUnits.Nation), new GetLiveScorecard(_roundId, _unitCode)).GetAwaiter().GetResult().Total;

    /// <summary>The handler called directly, in its own scope.</summary>
    /// <returns>The total.</returns>
    [Benchmark(Baseline = true)]
    public decimal HandlerDirect()
    {
        var total = 0m;
        Workflow.WithDatabase(async (_, services) =>
        {
            var handler = services.GetRequiredService<IRequestHandler<GetLiveScorecard, ScorecardSnapshot>>();
            total = (await handler.Handle(new GetLiveScorecard(_roundId, _unitCode), CancellationToken.None)).Total;
        }).GetAwaiter().GetResult();
        return total;
    }

    /// <summary>Deletes the database.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _workflow?.Dispose();
        _database?.Dispose();
    }

    private async Task SetupAsync()
    {
        _database = BenchmarkDatabase.Create(BenchmarkDatabase.Sqlite);
        _workflow = new Workflow(_database);
        var unit = VietnamUnits.National()[0];
        _unitCode = unit.Code;
        var admin = VietnamUnits.Administrator(VietnamUnits.Nation);
        await Workflow.SendAs(admin, new RegisterUnits(Guid.NewGuid(), VietnamUnits.Registrations([unit])));
        _roundId = await Workflow.SendAs(admin, new OpenRound(
            Guid.NewGuid(), "dongnai-friendly-government@2024.1", "2024", VietnamUnits.Nation, [unit.Code],
            new LocalDate(2025, 1, 31), new LocalDate(2025, 2, 28)));
        await Workflow.WithDatabase(async (context, _) =>
        {
            var assessment = await context.Assessments.SingleAsync(a => a.RoundId == _roundId);
            foreach (var (indicator, evidence) in SampleEvidence.FullMarks)
                assessment.RecordSelfEvidence(indicator, evidence, "officer", Workflow.Now);
            await context.SaveChangesAsync();
        });
        var viaMediator = MediatorSend();
        var direct = HandlerDirect();
        if (viaMediator != direct || viaMediator == 0m) throw new InvalidOperationException($"Mediator {viaMediator}, handler {direct}.");
        Console.WriteLine($"// PipelineBenchmarks: unit {_unitCode} scores {direct} either way.");
    }
}
