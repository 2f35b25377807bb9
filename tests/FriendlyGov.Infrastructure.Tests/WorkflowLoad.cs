using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using FriendlyGov.Application;
using FriendlyGov.Application.Assessments.Appeal;
using FriendlyGov.Application.Assessments.CompleteAppraisal;
using FriendlyGov.Application.Assessments.Finalize;
using FriendlyGov.Application.Assessments.RecordEvidence;
using FriendlyGov.Application.Assessments.StartAppraisal;
using FriendlyGov.Application.Assessments.SubmitSelfAssessment;
using FriendlyGov.Application.Conduct.ConfirmObservation;
using FriendlyGov.Application.Conduct.DismissObservation;
using FriendlyGov.Application.Conduct.RecordObservation;
using FriendlyGov.Application.Conduct.RegisterOfficial;
using FriendlyGov.Application.Feedback.RecordFeedback;
using FriendlyGov.Application.Ports;
using FriendlyGov.Application.Rankings.GetRanking;
using FriendlyGov.Application.Rounds.Open;
using FriendlyGov.Application.Scorecards.GetLiveScorecard;
using FriendlyGov.Application.Sessions.HoldSession;
using FriendlyGov.Application.Tests.Contract;
using FriendlyGov.Application.Tests.InMemory;
using FriendlyGov.Application.Units.Register;
using FriendlyGov.Application.Validation;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Assessments;
using FriendlyGov.Domain.Audit;
using FriendlyGov.Domain.Conduct;
using FriendlyGov.Domain.Evidence;
using FriendlyGov.Domain.Feedback;
using FriendlyGov.Domain.Sessions;
using FriendlyGov.Domain.Units;
using FriendlyGov.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace FriendlyGov.Infrastructure.Tests;

/// <summary>
/// Load and concurrency (issue 8): eight workers send a thousand mixed commands each through
/// <see cref="IMediator"/>, one service scope per command as an app handles requests, against one
/// round of 24 Đồng Nai units on a real database; afterwards every invariant of the store holds.
/// </summary>
/// <remarks>
/// Each worker draws its commands from its own seeded <see cref="Random"/>, so the mix is the same
/// on every run; the interleaving is not. Some commands are sent again with the same request id,
/// later by any worker or twice at once by one. Refusals of an illegal transition
/// (<see cref="WorkflowException"/>), lost races (<see cref="ConcurrencyException"/>), a second
/// session on a unit's day and SQLite's busy errors are expected and counted; a lost race or a
/// busy database is retried with the same request id, which reads the state afresh. Anything else
/// fails the test.
/// </remarks>
public abstract class WorkflowLoad : IAsyncLifetime
{
    /// <summary>How many workers send at once.</summary>
    protected const int Workers = 8;

    /// <summary>How many commands each worker sends, not counting retries after a lost race.</summary>
    protected const int CommandsPerWorker = 1_000;

    private const int MaxAttempts = 5;

    // Twenty-four of the thirty sample units of Đồng Nai (samples/FriendlyGov.Samples.DongNai), 2024.
    private static readonly (string Code, string Name, UnitKind Kind)[] Units =
    [
        (DongNai.TanPhong, "Phường Tân Phong", UnitKind.Ward), (DongNai.ThongNhat, "Phường Thống Nhất", UnitKind.Ward),
        (DongNai.QuyetThang, "Phường Quyết Thắng", UnitKind.Ward), (DongNai.BinhLoc, "Xã Bình Lộc", UnitKind.Commune),
        (DongNai.TanPhu, "Thị trấn Tân Phú", UnitKind.Township), (DongNai.TaLai, "Xã Tà Lài", UnitKind.Commune),
        (DongNai.PhuocAn, "Xã Phước An", UnitKind.Commune), ("25993", "Phường Trảng Dài", UnitKind.Ward),
        ("26011", "Phường Bửu Long", UnitKind.Ward), ("26047", "Phường Bình Đa", UnitKind.Ward),
        ("26065", "Phường Hiệp Hòa", UnitKind.Ward), ("26083", "Phường Xuân Hoà", UnitKind.Ward),
        ("26101", "Phường Xuân Lập", UnitKind.Ward), ("26119", "Xã Dak Lua", UnitKind.Commune),
        ("26137", "Xã Phú Sơn", UnitKind.Commune), ("26155", "Xã Phú Lâm", UnitKind.Commune),
        ("26173", "Xã Phú Lý", UnitKind.Commune), ("26191", "Xã Thiện Tân", UnitKind.Commune),
        ("26209", "Xã Thanh Sơn", UnitKind.Commune), ("26227", "Xã La Ngà", UnitKind.Commune),
        ("26245", "Xã Suối Nho", UnitKind.Commune), ("26263", "Xã Sông Trầu", UnitKind.Commune),
        ("26281", "Xã Trung Hoà", UnitKind.Commune), ("26371", "Phường An Hòa", UnitKind.Ward),
    ];

    // The commands that change an assessment, and the state each one leaves it in (null: unchanged).
    private static readonly Dictionary<string, AssessmentState?> AssessmentCommands = new(StringComparer.Ordinal)
    {
        [nameof(RecordEvidence)] = null,
        [nameof(SubmitSelfAssessment)] = AssessmentState.SelfAssessmentSubmitted,
        [nameof(StartAppraisal)] = AssessmentState.UnderAppraisal,
        [nameof(CompleteAppraisal)] = AssessmentState.Appraised,
        [nameof(FinalizeAssessment)] = AssessmentState.Finalized,
        [nameof(FileAppeal)] = AssessmentState.Reopened,
    };

    private static readonly Actor Collector = new("collector-dong-nai", new HashSet<ActorRole> { ActorRole.FeedbackCollector }, DongNai.Province);

    private readonly FakeClock _clock = new(Instant.FromUtc(2025, 1, 10, 2, 0));
    private readonly LoadTally _tally = new();
    private readonly ConcurrentDictionary<Guid, LoadCommand> _sent = new();
    private readonly ConcurrentDictionary<Guid, ConcurrentQueue<object?>> _succeeded = new();
    private readonly ConcurrentDictionary<string, AssessmentState> _known = new(StringComparer.Ordinal);
    private readonly List<Guid> _observations = [];
    private readonly List<LoadCommand> _recent = [];
    private ServiceProvider? _services;
    private Guid _roundId;

    /// <summary>Why this database cannot be tested here, or <see langword="null"/> to run.</summary>
    protected virtual string? SkipReason => null;

    /// <summary>The database's name in the figures printed.</summary>
    protected abstract string Database { get; }

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private IServiceProvider Services => _services ?? throw new InvalidOperationException("The services are built in InitializeAsync.");

    /// <inheritdoc />
    public ValueTask InitializeAsync()
    {
        if (SkipReason is { } reason) Assert.Skip(reason);
        var services = new ServiceCollection();
        services.AddFriendlyGov();
        AddStores(services);
        services.AddScoped<TestActor>();
        services.AddScoped<ICurrentActor>(provider => provider.GetRequiredService<TestActor>());
        services.AddSingleton<IClock>(_clock);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public virtual async ValueTask DisposeAsync()
    {
        if (_services is not null) await _services.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>Adds the stores under test.</summary>
    /// <param name="services">The services.</param>
    protected abstract void AddStores(IServiceCollection services);

    /// <summary>Whether a failure is the database saying it is busy, which the caller may retry.</summary>
    /// <param name="failure">The failure.</param>
    /// <returns>Whether it is.</returns>
    private static bool IsBusy(Exception failure) =>
        (failure as SqliteException ?? failure.InnerException as SqliteException) is { SqliteErrorCode: 5 or 6 };

    [Fact]
    public async Task Eight_workers_sending_a_thousand_mixed_commands_each_lose_no_update_and_apply_no_retry_twice()
    {
        await Setup();
        var auditBefore = (await AllAudit()).Count;

        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Workers).Select(w => Task.Run(() => Work(w), Cancel)));
        watch.Stop();

        var seconds = watch.Elapsed.TotalSeconds;
        TestContext.Current.TestOutputHelper?.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Database}: {_tally.Sends} requests ({Workers} workers × {CommandsPerWorker} commands, plus retries) in {seconds:0.0} s: {_tally.Sends / seconds:0} requests/s; {_tally.Of("ok") / seconds:0} succeeded/s"));
        TestContext.Current.TestOutputHelper?.WriteLine(_tally.Table());

        _tally.Unexpected.Should().BeEmpty("only refusals, lost races and busy errors are expected");
        _tally.Sends.Should().BeGreaterThanOrEqualTo(Workers * CommandsPerWorker);

        // The exact counts depend on how the workers interleave; these only show the run did what it is for.
        _tally.Of("ok").Should().BeGreaterThan(Workers * CommandsPerWorker / 2, "most requests succeed");
        _succeeded.Values.Count(responses => responses.Count > 1).Should().BePositive("some commands were sent again and answered again");

        var audit = await AllAudit();
        await EveryAssessmentAgreesWithItsAuditTrail(audit);
        await EveryObservationAgreesWithItsAuditTrail(audit);
        await NoFeedbackOrSessionWasLostOrDoubled();
        RetriesReturnedTheFirstResult();

        // Each command that succeeded at least once wrote exactly one audit entry, whatever its retries.
        audit.Count.Should().Be(auditBefore + _succeeded.Keys.Count(id => !_sent[id].IsQuery), "no success is lost and no retry is applied twice");
        audit.Select(e => e.Id).Should().OnlyHaveUniqueItems();

        // The order of the trail (by its sequence) is checked above by replaying each assessment's and
        // each observation's entries: every action stands after the state that allows it. The clock stands
        // still in this test, so the entries' instants say nothing about order.

        // Issue 8, item 3: after 8,000 commands from eight workers at once, the hash chain is one
        // unbroken line holding every entry counted above.
        await using var verifying = Services.CreateAsyncScope();
        var chain = await AuditTrailVerifier.VerifyAsync(verifying.ServiceProvider.GetRequiredService<FriendlyGovDbContext>(), Cancel);
        chain.Break.Should().BeNull("the audit chain must verify after the load");
        chain.Entries.Should().Be(audit.Count, "the chain holds every audit entry");
    }

    private async Task Setup()
    {
        await SendAs(Actors.Administrator, new RegisterUnits(Guid.NewGuid(),
            [.. Units.Select(u => new UnitRegistration(u.Code, u.Kind, u.Name, DongNai.Province, new LocalDate(2020, 1, 1), new LocalDate(2025, 6, 30)))]));
        _roundId = await SendAs(Actors.Administrator, new OpenRound(
            Guid.NewGuid(), DongNai.Framework, "2024", DongNai.Province, [.. Units.Select(u => u.Code)], new LocalDate(2025, 1, 31), new LocalDate(2025, 2, 28), false));
        foreach (var (code, _, _) in Units)
        {
            await SendAs(Actors.Administrator, new RegisterOfficial(Guid.NewGuid(), ChairOf(code), $"Chủ tịch UBND {code}", code, OfficialRole.Head, new LocalDate(2023, 1, 1)));
            _known[code] = AssessmentState.Draft;
        }
    }

    private static string ChairOf(string unitCode) => $"CB-{unitCode}";

    private async Task Work(int worker)
    {
        var random = new Random(2024 + worker);
        for (var sent = 0; sent < CommandsPerWorker; sent++)
        {
            var unit = Units[random.Next(Units.Length)].Code;
            var roll = random.Next(100);
            if (roll < 5 && Recent(random) is { } again)
            {
                // A client that did not hear back sends the same command again (possibly still in flight elsewhere).
                await Send(again);
            }
            else if (roll < 8 && sent + 1 < CommandsPerWorker)
            {
                // A client that sends the same command twice at once.
                var twice = Next(random, unit, random.Next(100));
                if (twice.IsQuery) await Send(twice);
                else await Task.WhenAll(Send(twice), Send(twice));
                sent++;
            }
            else
            {
                await Send(Next(random, unit, roll));
            }
        }
    }

    private LoadCommand? Recent(Random random)
    {
        lock (_recent) return _recent.Count == 0 ? null : _recent[random.Next(_recent.Count)];
    }

    private Guid? AnyObservation(Random random)
    {
        lock (_observations) return _observations.Count == 0 ? null : _observations[random.Next(_observations.Count)];
    }

    // The mix, by the roll of a hundred-sided die.
    private LoadCommand Next(Random random, string unit, int roll)
    {
        var id = Guid.NewGuid();
        var known = _known[unit];
        return roll switch
        {
            < 40 => known == AssessmentState.Draft || (known is not (AssessmentState.UnderAppraisal or AssessmentState.Reopened) && random.Next(4) == 0)
                ? Evidence(random, id, unit, EvidenceSource.Self, Actors.OfficerOf(unit))
                : Evidence(random, id, unit, EvidenceSource.Appraisal, Actors.Appraiser),
            < 48 => Step(id, unit, known),
            < 51 => Step(id, unit, (AssessmentState)random.Next(6)),
            < 58 => LoadCommand.Of(id, null, Actors.Appraiser, new RecordObservation(
                id, ChairOf(unit), "4X.2", new LocalDate(2024, 1, 1).PlusDays(random.Next(366)), ObservationSource.CitizenReport, $"PA-{id:N}", "Không xin lỗi khi hồ sơ trễ hẹn")),
            < 63 when AnyObservation(random) is { } observation => random.Next(2) == 0
                ? LoadCommand.Of(id, null, Actors.Appraiser, new ConfirmObservation(id, observation, "Đã xác minh với người phản ánh"))
                : LoadCommand.Of(id, null, Actors.Appraiser, new DismissObservation(id, observation, "Không đủ căn cứ")),
            < 71 => LoadCommand.Of(id, unit, Collector, new RecordFeedback(
                id, unit, new LocalDate(2024, 12, 1).PlusDays(random.Next(40)), (FeedbackChannel)random.Next(4),
                random.Next(1, 6), random.Next(1, 6), random.Next(1, 6), random.Next(1, 6), random.Next(1, 6), random.Next(1, 6))),
            < 75 => LoadCommand.Of(id, unit, Actors.OfficerOf(unit), new HoldSession(id, unit, new LocalDate(2024, 12, 1).PlusDays(random.Next(30)), ChairOf(unit), random.Next(10, 80), [])),
            < 90 => LoadCommand.Of(id, unit, Actors.OfficerOf(unit), new GetLiveScorecard(_roundId, unit)),
            _ => LoadCommand.Of(id, null, Actors.Appraiser, new GetRanking(_roundId)),
        };
    }

    private LoadCommand Evidence(Random random, Guid id, string unit, EvidenceSource source, Actor actor)
    {
        var (indicatorId, evidence) = FullMarks.All[random.Next(FullMarks.All.Count)];

        // The note carries the request id, so that the entry of each successful command can be found.
        return LoadCommand.Of(id, unit, actor, new RecordEvidence(id, _roundId, unit, indicatorId, source, evidence, NoteOf(id)));
    }

    private static string NoteOf(Guid requestId) => $"load {requestId:N}";

    // The step that moves an assessment on from a state.
    private LoadCommand Step(Guid id, string unit, AssessmentState from) => from switch
    {
        AssessmentState.Draft => LoadCommand.Of(id, unit, Actors.OfficerOf(unit), new SubmitSelfAssessment(id, _roundId, unit)),
        AssessmentState.SelfAssessmentSubmitted => LoadCommand.Of(id, unit, Actors.Appraiser, new StartAppraisal(id, _roundId, unit)),
        AssessmentState.UnderAppraisal or AssessmentState.Reopened => LoadCommand.Of(id, unit, Actors.Appraiser, new CompleteAppraisal(id, _roundId, unit)),
        AssessmentState.Appraised => LoadCommand.Of(id, unit, Actors.Administrator, new FinalizeAssessment(id, _roundId, unit)),
        _ => LoadCommand.Of(id, unit, Actors.Administrator, new FileAppeal(id, _roundId, unit, "Đơn vị khiếu nại kết quả thẩm định")),
    };

    private async Task Send(LoadCommand command)
    {
        var isCommand = !command.IsQuery;
        if (isCommand && _sent.TryAdd(command.RequestId, command))
        {
            lock (_recent)
            {
                if (_recent.Count == 200) _recent.RemoveAt(0);
                _recent.Add(command);
            }
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var scope = Services.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<TestActor>().Actor = command.Actor;
                var response = await command.SendWith(scope.ServiceProvider.GetRequiredService<IMediator>(), Cancel);
                _tally.Count(command.Name, "ok");
                if (isCommand) Succeeded(command, response);
                return;
            }
            catch (WorkflowException)
            {
                _tally.Count(command.Name, "workflow");
                if (command.UnitCode is { } unit && AssessmentCommands.ContainsKey(command.Name)) await ReadStateAgain(unit);
                return;
            }
            catch (ValidationException e) when (command.Request is HoldSession && e.Message.Contains("already recorded a session", StringComparison.Ordinal))
            {
                _tally.Count(command.Name, "duplicate-session");
                return;
            }
            catch (ConcurrencyException) when (attempt < MaxAttempts)
            {
                // A lost race: still wanted, so sent again; the handler reads the state afresh.
                _tally.Count(command.Name, "concurrency");
            }
            catch (Exception e) when (IsBusy(e) && attempt < MaxAttempts)
            {
                _tally.Count(command.Name, "busy");
            }
            catch (Exception e) when (e is ConcurrencyException || IsBusy(e))
            {
                _tally.Count(command.Name, e is ConcurrencyException ? "concurrency-gave-up" : "busy-gave-up");
                return;
            }
            catch (Exception e)
            {
                _tally.Unexpect(command.Request, e);
                return;
            }
        }
    }

    private void Succeeded(LoadCommand command, object? response)
    {
        _succeeded.GetOrAdd(command.RequestId, _ => new()).Enqueue(response);
        if (command.UnitCode is { } unit && AssessmentCommands.TryGetValue(command.Name, out var to) && to is { } state) _known[unit] = state;
        if (response is ObservationRecorded { IsNew: true } recorded)
        {
            lock (_observations)
            {
                if (!_observations.Contains(recorded.ObservationId)) _observations.Add(recorded.ObservationId);
            }
        }
    }

    private async Task ReadStateAgain(string unit)
    {
        await using var scope = Services.CreateAsyncScope();
        var assessment = await scope.ServiceProvider.GetRequiredService<IReadRepository<Assessment>>()
            .FirstOrDefaultAsync(new Domain.Assessments.Specifications.AssessmentOfUnitInRoundSpec(_roundId, unit), Cancel);
        if (assessment is not null) _known[unit] = assessment.State;
    }

    private async Task<T> SendAs<T>(Actor actor, IRequest<T> request)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TestActor>().Actor = actor;
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request, Cancel);
    }

    // ----- the invariants, read back from the store -----

    private async Task<List<AuditEntry>> AllAudit()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FriendlyGovDbContext>().AuditTrail.AsNoTracking()
            .OrderBy(e => EF.Property<long>(e, "Sequence")).ToListAsync(Cancel);
    }

    private async Task<List<T>> All<T>()
        where T : AggregateRoot
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IReadRepository<T>>().ListAsync(Cancel);
    }

    // The distinct commands of a kind that succeeded at least once, matching a filter.
    private List<LoadCommand> Successful<TRequest>(Func<TRequest, bool> which) =>
        [.. _succeeded.Keys.Select(id => _sent[id]).Where(c => c.Request is TRequest r && which(r))];

    private async Task EveryAssessmentAgreesWithItsAuditTrail(List<AuditEntry> audit)
    {
        var assessments = await All<Assessment>();
        assessments.Should().HaveCount(Units.Length);
        foreach (var assessment in assessments)
        {
            var trail = audit.Where(e => e.Subject == $"assessment/{assessment.Id}").ToList();
            var unit = assessment.UnitCode;

            // Replaying the trail's actions from a draft reaches the stored state; no action was taken out of turn.
            var state = AssessmentState.Draft;
            foreach (var entry in trail)
            {
                AssessmentCommands.Should().ContainKey(entry.Action);
                if (AssessmentCommands[entry.Action] is { } to)
                {
                    Step(Guid.Empty, unit, state).Name.Should().Be(entry.Action, $"{unit}'s trail moves it on from {state} in order");
                    state = to;
                }
            }

            assessment.State.Should().Be(state, $"{unit}'s state is the one its audit trail leads to");
            assessment.Version.Should().Be(trail.Count, $"each change of {unit} is one audit entry and one version");
            assessment.Appeals.Should().Be(trail.Count(e => e.Action == nameof(FileAppeal)));
            (assessment.FinalScorecard is not null).Should().Be(trail.Any(e => e.Action == nameof(FinalizeAssessment)));

            // No lost update, no retry applied twice: per action, one entry per command that succeeded.
            foreach (var action in AssessmentCommands.Keys)
            {
                trail.Count(e => e.Action == action).Should().Be(
                    _succeeded.Keys.Select(id => _sent[id]).Count(c => c.UnitCode == unit && c.Name == action), $"{action} of {unit}");
            }

            // Every successful RecordEvidence left its entry exactly once, and nothing else was recorded.
            assessment.Evidence.Select(e => e.Note).Should().BeEquivalentTo(
                Successful<RecordEvidence>(r => r.UnitCode == unit).Select(c => NoteOf(c.RequestId)), $"the evidence of {unit}");
        }
    }

    private async Task EveryObservationAgreesWithItsAuditTrail(List<AuditEntry> audit)
    {
        var observations = await All<ConductObservation>();
        observations.Select(o => o.Id).Should().BeEquivalentTo(
            Successful<RecordObservation>(_ => true).Select(c => ((ObservationRecorded)_succeeded[c.RequestId].First()!).ObservationId));
        foreach (var observation in observations)
        {
            var trail = audit.Where(e => e.Subject == $"observation/{observation.Id}").ToList();
            var decisions = Successful<ConfirmObservation>(r => r.ObservationId == observation.Id).Count + Successful<DismissObservation>(r => r.ObservationId == observation.Id).Count;

            // Reported, then at most one decision, since the mix never reopens one; each step one entry and one version.
            observation.History[0].Status.Should().Be(ObservationStatus.Reported);
            observation.History.Count.Should().Be(1 + decisions).And.BeLessThanOrEqualTo(2);
            observation.Version.Should().Be(observation.History.Count);
            trail.Select(e => e.Action).Should().Equal(observation.History.Select(step => step.Status switch
            {
                ObservationStatus.Reported => nameof(RecordObservation),
                ObservationStatus.Confirmed => nameof(ConfirmObservation),
                _ => nameof(DismissObservation),
            }));
        }
    }

    private async Task NoFeedbackOrSessionWasLostOrDoubled()
    {
        (await All<CitizenFeedback>()).Select(f => f.Id).Should().BeEquivalentTo(
            Successful<RecordFeedback>(_ => true).Select(c => ((FeedbackRecorded)_succeeded[c.RequestId].First()!).FeedbackId));
        var sessions = await All<MorningSession>();
        sessions.Select(s => s.Id).Should().BeEquivalentTo(Successful<HoldSession>(_ => true).Select(c => (Guid)_succeeded[c.RequestId].First()!));
        sessions.Select(s => (s.UnitCode, s.HeldOn)).Should().OnlyHaveUniqueItems("a unit holds at most one session a day");
    }

    private void RetriesReturnedTheFirstResult()
    {
        foreach (var (id, responses) in _succeeded.Where(s => s.Value.Count > 1))
        {
            if (_sent[id].Request is FinalizeAssessment)
                responses.Cast<ScorecardSnapshot>().Select(s => (s.Total, s.Rating)).Distinct().Should().ContainSingle($"request {id} returns its first scorecard");
            else
                responses.Distinct().Should().ContainSingle($"request {id} ({_sent[id].Name}) returns its first result");
        }
    }
}
