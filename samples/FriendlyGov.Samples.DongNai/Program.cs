// FriendlyGov sample: a whole 2024 round of Đồng Nai's "Friendly Government" model for thirty
// real communes, wards and townships, on the embedded SQLite database, through IMediator only.
//
//   dotnet run -c Release --project samples/FriendlyGov.Samples.DongNai            # runs the round, or reuses it
//   dotnet run -c Release --project samples/FriendlyGov.Samples.DongNai -- --fresh  # deletes the database first
//   dotnet run -c Release --project samples/FriendlyGov.Samples.DongNai -- --year 2025
//       # then a 2025 round for Đồng Nai's 95 units of 1 July 2025 on the same database, whose
//       # reports show beside each unit how the units it was formed from did in 2024
//
// The database is the file .friendlygov/friendlygov-dongnai.db under the current directory.
using System.Diagnostics;
using System.Globalization;
using FriendlyGov.Application;
using FriendlyGov.Application.Assessments.CompleteAppraisal;
using FriendlyGov.Application.Assessments.Finalize;
using FriendlyGov.Application.Assessments.RecordEvidence;
using FriendlyGov.Application.Assessments.RecordEvidenceInBulk;
using FriendlyGov.Application.Assessments.StartAppraisal;
using FriendlyGov.Application.Assessments.SubmitSelfAssessment;
using FriendlyGov.Application.Conduct.ConfirmObservation;
using FriendlyGov.Application.Conduct.RecordObservation;
using FriendlyGov.Application.Conduct.RegisterOfficial;
using FriendlyGov.Application.Ports;
using FriendlyGov.Application.Disclosures.RecordDisclosure;
using FriendlyGov.Application.Dossiers.ImportDossierStatistics;
using FriendlyGov.Application.Rankings.GetRanking;
using FriendlyGov.Application.Rounds.GetRoundResult;
using FriendlyGov.Application.Sessions.ResolveSessionIssue;
using FriendlyGov.Application.Scorecards.GetFinalScorecard;
using FriendlyGov.Application.Rounds.Open;
using FriendlyGov.Application.Units.GetUnitHistory;
using FriendlyGov.Application.Units.Register;
using FriendlyGov.Domain.Assessments;
using FriendlyGov.Domain.Conduct;
using FriendlyGov.Domain.Evidence;
using FriendlyGov.Domain.Periods;
using FriendlyGov.Domain.Units;
using FriendlyGov.Frameworks;
using FriendlyGov.Infrastructure;
using FriendlyGov.Reporting;
using FriendlyGov.Samples.DongNai;
using FriendlyGov.Workbooks;
using MediatR;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Spectre.Console;

const string Framework = "dongnai-friendly-government@2024.1";
const string Period = "2024";

var stopwatch = Stopwatch.StartNew();
var folder = Path.Combine(Directory.GetCurrentDirectory(), ".friendlygov");
var databaseFile = Path.Combine(folder, "friendlygov-dongnai.db");
var fresh = args.Contains("--fresh", StringComparer.Ordinal);
var yearAt = Array.IndexOf(args, "--year");
var year = yearAt < 0 ? "2024" : yearAt + 1 < args.Length ? args[yearAt + 1] : string.Empty;
if (year is not ("2024" or "2025"))
{
    Console.Error.WriteLine($"--year: '{year}' is not a year this sample runs: 2024 or 2025.");
    return 2;
}

if (fresh && File.Exists(databaseFile))
{
    SqliteConnection.ClearAllPools();
    File.Delete(databaseFile);
    AnsiConsole.MarkupLine($"[yellow]--fresh:[/] deleted {Markup.Escape(databaseFile)}");
}

Directory.CreateDirectory(folder);

AnsiConsole.Write(new Rule("[bold]FriendlyGov · Chính quyền thân thiện · Đồng Nai 2024[/]"));
AnsiConsole.MarkupLine("[grey]Unit names and codes are real (GSO codes of 2024); every figure, official and observation is an illustration.[/]");
AnsiConsole.MarkupLine("[grey]Tên và mã đơn vị là thật; mọi số liệu, cán bộ và phản ánh chỉ là minh họa.[/]");
AnsiConsole.MarkupLine($"Database: [blue]{Markup.Escape(databaseFile)}[/]");

var clock = new SampleClock();
var services = new ServiceCollection();
services.AddFriendlyGov();
services.AddFriendlyGovSqlite($"Data Source={databaseFile}");
services.AddScoped<SampleActor>();
services.AddScoped<ICurrentActor>(provider => provider.GetRequiredService<SampleActor>());
services.AddSingleton<IClock>(clock);

await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });

// Sends one request as one actor, from a fresh scope, as an app handles one HTTP request.
var sender = new SampleSender(provider);
Task<T> SendAs<T>(Actor actor, IRequest<T> request) => sender.SendAs(actor, request);

// An existing round of this framework and period means an earlier run: reuse it.
async Task<Guid?> ExistingRound(string framework, string period)
{
    await using var scope = provider.CreateAsyncScope();
    var rounds = await scope.ServiceProvider.GetRequiredService<IReadRepository<AssessmentRound>>().ListAsync();
    return rounds.FirstOrDefault(r => r.Framework == framework && r.Period == period && r.Province == DongNaiUnits.Province)?.Id;
}

var existing = await ExistingRound(Framework, Period);

Guid roundId;
if (existing is { } found)
{
    roundId = found;
    AnsiConsole.MarkupLine($"[green]Reusing the database:[/] round {roundId} already exists; skipping to the ranking (run with [bold]--fresh[/] to start again).");
}
else
{
    roundId = await RunRound();
}

if (year == "2025") return await Report2025();

var ranking = await SendAs(SampleActor.Administrator, new GetRanking(roundId));
var framework = BuiltInFrameworks.DongNai2024;

var table = new Table().Border(TableBorder.Rounded).Title($"[bold]Xếp hạng / Ranking · {Framework} · {Period}[/]");
table.AddColumn(new TableColumn("Hạng\nRank").RightAligned());
table.AddColumn("Mã\nCode");
table.AddColumn("Đơn vị\nUnit");
table.AddColumn(new TableColumn("Tổng điểm\nTotal").RightAligned());
table.AddColumn("Xếp loại\nRating (vi)");
table.AddColumn("Rating (en)");
foreach (var row in ranking)
{
    var title = framework.FindRating(row.Rating)?.Title;
    var colour = row.Rating switch { "excellent" => "green", "good" => "blue", "satisfactory" => "yellow", _ => "red" };
    table.AddRow(
        row.Rank.ToString(CultureInfo.InvariantCulture),
        row.UnitCode,
        Markup.Escape(row.UnitName),
        row.Total.ToString("0.00", CultureInfo.InvariantCulture),
        $"[{colour}]{Markup.Escape(title?.Vi ?? row.Rating)}[/]",
        Markup.Escape(title?.En ?? row.Rating));
}

AnsiConsole.Write(table);

// The reports: each unit's final scorecard as the workflow kept it, ranked again by the same rule.
var cards = new List<ScorecardReport>(ranking.Count);
foreach (var row in ranking)
{
    var snapshot = await SendAs(SampleActor.Administrator, new GetFinalScorecard(roundId, row.UnitCode))
        ?? throw new InvalidOperationException($"Unit {row.UnitCode} is ranked but has no final scorecard.");
    cards.Add(ScorecardReport.From(snapshot, framework));
}

var report = ReportFolder.Write(Path.Combine(folder, "report"), RankingReport.Of(cards), [ReportFormat.Html, ReportFormat.Markdown, ReportFormat.Csv, WorkbookReportFormat.Instance]);
AnsiConsole.MarkupLine($"Reports (HTML, Markdown, CSV, Excel) for {cards.Count} units: [blue link]{Markup.Escape(report.IndexPath)}[/]");

// The result bundle beside the reports: anyone can check it with `friendlygov result verify`.
var resultPath = Path.Combine(folder, "report", "result.json");
try
{
    await File.WriteAllBytesAsync(resultPath, ResultBundleWriter.Write(await SendAs(SampleActor.Administrator, new GetRoundResult(roundId))));
    AnsiConsole.MarkupLine($"Result bundle (friendlygov.result/1): [blue link]{Markup.Escape(resultPath)}[/]");
}
catch (WorkflowException e)
{
    AnsiConsole.MarkupLine($"[yellow]No result bundle:[/] {Markup.Escape(e.Message)} Run with [bold]--fresh[/] to start again.");
}

// The workbook the communes would fill in for the next round, made from the same units.
var workbook = Path.Combine(report.Directory, "evidence-workbook.xlsx");
using (var file = File.Create(workbook))
    EvidenceWorkbook.Write(file, framework, AssessmentPeriod.Parse(Period), [.. DongNaiUnits.All.Select(u => new AssessedUnit(u.Code, u.Name, u.Kind, DongNaiUnits.Province))]);
AnsiConsole.MarkupLine($"An evidence workbook to fill in Excel or LibreOffice: [blue link]{Markup.Escape(workbook)}[/]");
AnsiConsole.MarkupLine($"[grey]{ranking.Count} units ranked in {stopwatch.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s. Figures are an illustration, not the units' real results.[/]");
return 0;

// The 2025 round on the same database: run it once (or reuse it), rank it, and report it with
// each unit's predecessors' 2024 results beside it.
async Task<int> Report2025()
{
    AnsiConsole.Write(new Rule("[bold]Đồng Nai 2025 · 95 đơn vị từ 1/7/2025 / 95 units from 1 July 2025[/]"));
    var round2025 = await ExistingRound(Round2025.Framework, Round2025.Period);
    if (round2025 is null)
    {
        await AnsiConsole.Status().StartAsync("Round 2025: units, lineage, ratings, self-assessment, appraisal, finalization…", async _ => round2025 = await Round2025.RunAsync(sender, clock));
        AnsiConsole.MarkupLine($"[green]Round {round2025} finalized.[/]");
    }
    else
    {
        AnsiConsole.MarkupLine($"[green]Reusing the database:[/] round {round2025} for 2025 already exists.");
    }

    var id = round2025!.Value;
    var rows = await SendAs(SampleActor.Administrator, new GetRanking(id));
    var framework2025 = BuiltInFrameworks.DongNai2025;
    var earlier = new Dictionary<string, PredecessorResults>(StringComparer.Ordinal);
    var cards2025 = new List<ScorecardReport>(rows.Count);
    var table2025 = new Table().Border(TableBorder.Rounded).Title($"[bold]Xếp hạng / Ranking · {Round2025.Framework} · {Round2025.Period}[/]");
    table2025.AddColumn(new TableColumn("Hạng\nRank").RightAligned());
    table2025.AddColumn("Mã\nCode");
    table2025.AddColumn("Đơn vị\nUnit");
    table2025.AddColumn(new TableColumn("Tổng điểm\nTotal").RightAligned());
    table2025.AddColumn("Xếp loại\nRating");
    table2025.AddColumn(new TableColumn("2024, đơn vị hình thành\n2024, units it was formed from").RightAligned());
    foreach (var row in rows)
    {
        // A unit formed from units none of which the 2024 round assessed says so, with their count.
        var history = await SendAs(SampleActor.Administrator, new GetUnitHistory(row.UnitCode, Round2025.Reform));
        var baseline = history.Baselines.FirstOrDefault(b => b.Period == Period);
        if (baseline is not null)
            earlier[row.UnitCode] = new PredecessorResults(baseline.Period, baseline.Predecessors, baseline.WithResults, baseline.MeanTotal, baseline.BestTotal, baseline.WorstTotal);
        else if (history.Predecessors.Count > 0)
            earlier[row.UnitCode] = PredecessorResults.NoResults(Period, history.Predecessors.Count);
        var snapshot = await SendAs(SampleActor.Administrator, new GetFinalScorecard(id, row.UnitCode))
            ?? throw new InvalidOperationException($"Unit {row.UnitCode} is ranked but has no final scorecard.");
        cards2025.Add(ScorecardReport.From(snapshot, framework2025));
        table2025.AddRow(
            row.Rank.ToString(CultureInfo.InvariantCulture),
            row.UnitCode,
            Markup.Escape(row.UnitName),
            row.Total.ToString("0.00", CultureInfo.InvariantCulture),
            Markup.Escape(framework2025.FindRating(row.Rating)?.Title.Vi ?? row.Rating),
            baseline is not null ? $"{baseline.MeanTotal.ToString("0.00", CultureInfo.InvariantCulture)} ({baseline.WithResults}/{baseline.Predecessors})"
                : history.Predecessors.Count > 0 ? $"no results (0/{history.Predecessors.Count})"
                : "—");
    }

    AnsiConsole.Write(table2025);
    var folder2025 = Path.Combine(folder, "report-2025");
    var written = ReportFolder.Write(folder2025, RankingReport.Of(cards2025).WithPredecessors(earlier), [ReportFormat.Html, ReportFormat.Markdown, ReportFormat.Csv, WorkbookReportFormat.Instance]);
    var withResults = earlier.Values.Count(p => p.WithResults > 0);
    AnsiConsole.MarkupLine($"Reports (HTML, Markdown, CSV, Excel) for {cards2025.Count} units, {earlier.Count} with predecessors, {withResults} of them with predecessors' 2024 results: [blue link]{Markup.Escape(written.IndexPath)}[/]");
    AnsiConsole.MarkupLine($"[grey]{rows.Count} units ranked in {stopwatch.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s. Figures are an illustration, not the units' real results.[/]");
    return 0;
}

async Task<Guid> RunRound()
{
    var random = new Random(2024);
    var codes = DongNaiUnits.All.Select(u => u.Code).ToList();
    var id = Guid.Empty;

    await AnsiConsole.Progress()
        .AutoClear(false)
        .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
        .StartAsync(async context =>
        {
            var open = context.AddTask("Register units, open the round", maxValue: 2);
            var officials = context.AddTask("Register officials", maxValue: codes.Count);
            var field = context.AddTask("Field data: dossiers, sessions, feedback, disclosures", maxValue: codes.Count + 1);
            var self = context.AddTask("Self-assessment (unit officers)", maxValue: codes.Count);
            var appraisal = context.AddTask("Appraisal (province appraiser)", maxValue: codes.Count);
            var finalize = context.AddTask("Finalize (administrator)", maxValue: codes.Count);

            // 1. The administrator registers the units and opens the round (6 January 2025).
            clock.Set(2025, 1, 6, 8);
            var registrations = DongNaiUnits.All
                .Select(u => new UnitRegistration(u.Code, u.Kind, u.Name, DongNaiUnits.Province, new LocalDate(2020, 1, 1), new LocalDate(2025, 6, 30), u.District))
                .ToList();
            await SendAs(SampleActor.Administrator, new RegisterUnits(Guid.NewGuid(), registrations));
            open.Increment(1);
            id = await SendAs(SampleActor.Administrator, new OpenRound(
                Guid.NewGuid(), Framework, Period, DongNaiUnits.Province, codes, new LocalDate(2025, 1, 31), new LocalDate(2025, 2, 28)));
            open.Increment(1);

            // 2. The administrator registers a head and two staff officials per unit.
            foreach (var code in codes)
            {
                await SendAs(SampleActor.Administrator, new RegisterOfficial(Guid.NewGuid(), $"{code}-CT", $"Chủ tịch UBND {code}", code, OfficialRole.Head, new LocalDate(2021, 7, 1)));
                await SendAs(SampleActor.Administrator, new RegisterOfficial(Guid.NewGuid(), $"{code}-CB1", $"Công chức một cửa {code}", code, OfficialRole.Staff, new LocalDate(2022, 1, 1)));
                await SendAs(SampleActor.Administrator, new RegisterOfficial(Guid.NewGuid(), $"{code}-CB2", $"Công chức văn phòng {code}", code, OfficialRole.Staff, new LocalDate(2023, 3, 1)));
                officials.Increment(1);
            }

            // 3. Data from the field (10 January 2025): the one-stop system's import of 2024's dossier
            //    counts, each unit's "Morning with the People" sessions and public disclosures (its
            //    officer), and citizens' ratings (forwarded by the province's feedback portal).
            //    Indicators that name these sources are scored from them.
            clock.Set(2025, 1, 10, 8);
            await SendAs(SampleActor.DossierImport, new ImportDossierStatistics(
                Guid.NewGuid(), "mot-cua-2024.csv", [.. codes.Select((code, i) => SampleFieldData.Dossiers(random, i + 2, code))]));
            field.Increment(1);
            foreach (var code in codes)
            {
                foreach (var (session, resolved) in SampleFieldData.Sessions(random, code))
                {
                    var sessionId = await SendAs(SampleActor.OfficerOf(code), session);
                    for (var i = 0; i < resolved.Count; i++)
                    {
                        if (resolved[i] is { } on)
                            await SendAs(SampleActor.OfficerOf(code), new ResolveSessionIssue(Guid.NewGuid(), sessionId, i + 1, on));
                    }
                }

                foreach (var rating in SampleFieldData.Ratings(random, code))
                    await SendAs(SampleActor.FeedbackPortal, rating);
                foreach (var (itemId, channel, from, until) in SampleFieldData.Disclosures(random))
                    await SendAs(SampleActor.OfficerOf(code), new RecordDisclosure(Guid.NewGuid(), code, itemId, new LocalDate(2024, 1, 1), channel, from, until));
                field.Increment(1);
            }

            // 4. Each unit's officer records its self-assessed evidence (15 January), the unit's whole
            //    form in one request, and submits (20 January).
            clock.Set(2025, 1, 15, 9);
            foreach (var code in codes)
            {
                var form = SampleEvidence.For(random).Select(e => new EvidenceInput(code, e.IndicatorId, e.Evidence)).ToList();
                await SendAs(SampleActor.OfficerOf(code), new RecordEvidenceInBulk(Guid.NewGuid(), id, EvidenceSource.Self, form));
                self.Increment(0.5);
            }

            clock.Set(2025, 1, 20, 14);
            foreach (var code in codes)
            {
                await SendAs(SampleActor.OfficerOf(code), new SubmitSelfAssessment(Guid.NewGuid(), id, code));
                self.Increment(0.5);
            }

            // 5. An appraiser of the province (of no unit) appraises (5 February): a few corrections,
            //    a few confirmed conduct observations, then completes.
            clock.Set(2025, 2, 5, 9);
            foreach (var code in codes) await SendAs(SampleActor.Appraiser, new StartAppraisal(Guid.NewGuid(), id, code));

            foreach (var (code, indicatorId, evidence, note) in SampleEvidence.Corrections(random, codes))
                await SendAs(SampleActor.Appraiser, new RecordEvidence(Guid.NewGuid(), id, code, indicatorId, EvidenceSource.Appraisal, evidence, note));

            foreach (var (officialCode, ruleId, on, reference, account) in SampleEvidence.Observations(codes))
            {
                var recorded = await SendAs(SampleActor.Appraiser, new RecordObservation(Guid.NewGuid(), officialCode, ruleId, on, ObservationSource.CitizenReport, reference, account));
                await SendAs(SampleActor.Appraiser, new ConfirmObservation(Guid.NewGuid(), recorded.ObservationId, "Đoàn thẩm định xác minh đúng nội dung phản ánh"));
            }

            clock.Set(2025, 2, 20, 16);
            foreach (var code in codes)
            {
                await SendAs(SampleActor.Appraiser, new CompleteAppraisal(Guid.NewGuid(), id, code));
                appraisal.Increment(1);
            }

            // 6. The administrator finalizes (3 March).
            clock.Set(2025, 3, 3, 10);
            foreach (var code in codes)
            {
                await SendAs(SampleActor.Administrator, new FinalizeAssessment(Guid.NewGuid(), id, code));
                finalize.Increment(1);
            }
        });

    AnsiConsole.MarkupLine($"[green]Round {id} finalized for {codes.Count} units.[/]");
    return id;
}
