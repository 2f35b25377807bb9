using System.Diagnostics;
using FriendlyGov.Application.Assessments.Finalize;
using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Feedback.RecordFeedback;
using FriendlyGov.Application.Ports;
using FriendlyGov.Application.Rankings.GetRanking;
using FriendlyGov.Application.Rounds.Open;
using FriendlyGov.Application.Telemetry;
using FriendlyGov.Application.Tests.Contract;
using FriendlyGov.Application.Tests.InMemory;
using FriendlyGov.Application.Units.Register;
using FriendlyGov.Domain.Assessments;
using FriendlyGov.Domain.Feedback;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;
using NodaTime.Testing;

namespace FriendlyGov.Application.Tests.Telemetry;

/// <summary>
/// Every request through the pipeline leaves one span, its counts and duration, and a log event
/// when refused or failed, seen with in-memory listeners as an operator's collector would see them.
/// </summary>
public sealed class TelemetryBehaviorTests : IDisposable
{
    private readonly TelemetryCapture _capture = new();
    private readonly ServiceProvider _services;

    public TelemetryBehaviorTests()
    {
        var services = new ServiceCollection().AddFriendlyGov().AddInMemoryStores();
        services.AddScoped<TestActor>();
        services.AddScoped<ICurrentActor>(provider => provider.GetRequiredService<TestActor>());
        services.AddSingleton<IClock>(new FakeClock(Instant.FromUtc(2025, 1, 10, 2, 0)));
        services.AddSingleton(_capture.Loggers);
        services.AddTransient<IRequestAuthorizer<GetRanking>, FailingAuthorizer>();
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_answered_command_leaves_one_span_with_its_outcome_and_is_counted_and_timed_as_ok()
    {
        await Send(Actors.Administrator, new RegisterUnits(Guid.NewGuid(), DongNai.Registrations));

        var span = _capture.Spans.Should().ContainSingle().Which;
        span.OperationName.Should().Be("RegisterUnits");
        span.Kind.Should().Be(ActivityKind.Internal);
        span.GetTagItem("friendlygov.request").Should().Be("RegisterUnits");
        span.GetTagItem("friendlygov.request.kind").Should().Be("command");
        span.GetTagItem("friendlygov.outcome").Should().Be("ok");
        span.Status.Should().Be(ActivityStatusCode.Unset);
        var requests = _capture.Measurements.Where(m => m.Instrument == "friendlygov.requests").Should().ContainSingle().Which;
        requests.Value.Should().Be(1);
        requests.Unit.Should().Be("{request}");
        requests.Tags.Should().Equal(new Dictionary<string, object?> { ["friendlygov.request"] = "RegisterUnits", ["friendlygov.outcome"] = "ok" });
        var duration = _capture.Measurements.Where(m => m.Instrument == "friendlygov.request.duration").Should().ContainSingle().Which;
        duration.Unit.Should().Be("s");
        duration.Value.Should().BeGreaterThan(0).And.BeLessThan(span.Duration.TotalSeconds + 1);
        _capture.Events.Should().BeEmpty("an answered request logs nothing of its own");
    }

    [Fact]
    public async Task A_refused_request_tags_its_rule_counts_the_refusal_by_rule_and_logs_it_at_information()
    {
        // An administrator of Bình Dương may not register units of Đồng Nai: rule province-administrator-of-the-units.
        var refused = await FluentActions.Awaiting(() => Send(Actors.AdministratorOfBinhDuong, new RegisterUnits(Guid.NewGuid(), DongNai.Registrations)))
            .Should().ThrowAsync<AuthorizationException>();
        var rule = refused.Which.Rule;

        var span = _capture.Spans.Should().ContainSingle().Which;
        span.GetTagItem("friendlygov.outcome").Should().Be("refused");
        span.GetTagItem("friendlygov.refusal.rule").Should().Be(rule);
        _capture.Measurements.Where(m => m.Instrument == "friendlygov.refusals").Should().ContainSingle()
            .Which.Tags.Should().Equal(new Dictionary<string, object?> { ["friendlygov.request"] = "RegisterUnits", ["friendlygov.refusal.rule"] = rule });
        _capture.Measurements.Where(m => m.Instrument == "friendlygov.requests").Should().ContainSingle()
            .Which.Tags["friendlygov.outcome"].Should().Be("refused");
        var logged = _capture.Events.Should().ContainSingle().Which;
        logged.Category.Should().Be("FriendlyGov.Application");
        logged.Level.Should().Be(LogLevel.Information);
        logged.Id.Should().Be(new EventId(1, "RequestRefused"));
        logged.Message.Should().Be($"RegisterUnits refused by rule {rule}");
        logged.Message.Should().NotContain("admin-binh-duong", "an actor's id is not put in the log");
    }

    [Fact]
    public async Task A_step_the_workflow_does_not_allow_tags_the_unit_and_round_and_counts_a_workflow_conflict()
    {
        var roundId = await OpenRound();

        // Finalizing an assessment that was never appraised: the workflow refuses it (409 in the sample).
        await FluentActions.Awaiting(() => Send(Actors.Administrator, new FinalizeAssessment(Guid.NewGuid(), roundId, DongNai.TanPhong)))
            .Should().ThrowAsync<WorkflowException>();

        var span = _capture.Spans.Last();
        span.OperationName.Should().Be("FinalizeAssessment");
        span.GetTagItem("friendlygov.outcome").Should().Be("conflict");
        span.GetTagItem("friendlygov.unit.code").Should().Be(DongNai.TanPhong);
        span.GetTagItem("friendlygov.round.id").Should().Be(roundId.ToString());
        span.GetTagItem("friendlygov.conflict").Should().Be("workflow");
        _capture.Measurements.Where(m => m.Instrument == "friendlygov.conflicts").Should().ContainSingle()
            .Which.Tags.Should().Equal(new Dictionary<string, object?> { ["friendlygov.request"] = "FinalizeAssessment", ["friendlygov.conflict"] = "workflow" });
        _capture.Events.Should().ContainSingle().Which.Id.Should().Be(new EventId(3, "RequestConflict"));
    }

    [Fact]
    public async Task An_unexpected_failure_marks_the_span_as_an_error_and_is_logged_at_error_with_the_exception()
    {
        var roundId = await OpenRound();

        // FailingAuthorizer stands for a broken store: it throws what nobody expects.
        var failure = await FluentActions.Awaiting(() => Send(Actors.Administrator, new GetRanking(roundId)))
            .Should().ThrowAsync<InvalidOperationException>();

        var span = _capture.Spans.Last();
        span.OperationName.Should().Be("GetRanking");
        span.GetTagItem("friendlygov.request.kind").Should().Be("query");
        span.GetTagItem("friendlygov.outcome").Should().Be("error");
        span.GetTagItem("friendlygov.round.id").Should().Be(roundId.ToString());
        span.Status.Should().Be(ActivityStatusCode.Error);
        span.Events.Should().ContainSingle(e => e.Name == "exception");
        var logged = _capture.Events.Should().ContainSingle().Which;
        logged.Level.Should().Be(LogLevel.Error);
        logged.Id.Should().Be(new EventId(4, "RequestFailed"));
        logged.Exception.Should().BeSameAs(failure.Which);
    }

    [Fact]
    public async Task A_citizens_comment_is_never_put_in_a_tag()
    {
        await Send(Actors.Administrator, new RegisterUnits(Guid.NewGuid(), DongNai.Registrations));
        var collector = new Actor("qr-dong-nai", new HashSet<ActorRole> { ActorRole.FeedbackCollector }, DongNai.Province);
        const string comment = "Cán bộ Nguyễn Văn A rất nhiệt tình";

        await Send(collector, new RecordFeedback(Guid.NewGuid(), DongNai.TanPhong, new LocalDate(2025, 1, 9), FeedbackChannel.Kiosk, 5, 5, 5, 5, 5, 5, comment));

        var span = _capture.Spans.Last();
        span.OperationName.Should().Be("RecordFeedback");
        span.GetTagItem("friendlygov.unit.code").Should().Be(DongNai.TanPhong);
        span.TagObjects.Select(t => t.Key).Should().BeEquivalentTo("friendlygov.request", "friendlygov.request.kind", "friendlygov.unit.code", "friendlygov.outcome");
        _capture.Measurements.SelectMany(m => m.Tags.Values).Should().NotContain(comment);
    }

    public void Dispose()
    {
        _services.Dispose();
        _capture.Dispose();
    }

    private async Task<Guid> OpenRound()
    {
        await Send(Actors.Administrator, new RegisterUnits(Guid.NewGuid(), DongNai.Registrations));
        return await Send(Actors.Administrator, new OpenRound(
            Guid.NewGuid(), DongNai.Framework, "2024", DongNai.Province, [DongNai.TanPhong, DongNai.BinhLoc], new LocalDate(2025, 1, 31), new LocalDate(2025, 2, 28)));
    }

    private async Task<T> Send<T>(Actor actor, IRequest<T> request)
    {
        await using var scope = _services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TestActor>().Actor = actor;
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request, Cancel);
    }

    private sealed class FailingAuthorizer : IRequestAuthorizer<GetRanking>
    {
        public Task<AuthorizationDecision> AuthorizeAsync(GetRanking request, Actor actor, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("the store is unreachable");
    }
}
