using Ardalis.Specification;
using FriendlyGov.Application.Assessments.Appeal;
using FriendlyGov.Application.Assessments.CompleteAppraisal;
using FriendlyGov.Application.Assessments.Finalize;
using FriendlyGov.Application.Assessments.RecordEvidence;
using FriendlyGov.Application.Assessments.StartAppraisal;
using FriendlyGov.Application.Assessments.SubmitSelfAssessment;
using FriendlyGov.Application.Audit.GetAuditTrail;
using FriendlyGov.Application.Conduct.RecordObservation;
using FriendlyGov.Application.Conduct.RegisterOfficial;
using FriendlyGov.Application.Ports;
using FriendlyGov.Application.Rounds.Open;
using FriendlyGov.Application.Tests.InMemory;
using FriendlyGov.Application.Units.Register;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Assessments;
using FriendlyGov.Domain.Assessments.Specifications;
using FriendlyGov.Domain.Audit;
using FriendlyGov.Domain.Conduct;
using FriendlyGov.Domain.Evidence;
using FriendlyGov.Domain.Periods;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace FriendlyGov.Application.Tests.Contract;

/// <summary>
/// The contract of the FriendlyGov workflow, over any implementation of its ports. Every test
/// drives the workflow through <see cref="IMediator"/> only, one request per fresh service scope
/// with the actor of that step, as an app would; it reads state back through the ports only to
/// check what a request left behind. A store implementation passes when a subclass that adds its
/// stores in <see cref="AddStores"/> passes every test.
/// </summary>
/// <remarks>
/// The clock is a NodaTime <see cref="FakeClock"/> that starts on 10 January 2025, 09:00 in
/// Vietnam; rounds for 2024 close self-assessment on 31 January 2025 and appraisal on 28 February.
/// </remarks>
public abstract partial class WorkflowContract : IAsyncLifetime
{
    /// <summary>The last day to submit a self-assessment in the tests' rounds.</summary>
    protected static readonly LocalDate SelfAssessmentDeadline = new(2025, 1, 31);

    /// <summary>The last day to complete appraisal in the tests' rounds.</summary>
    protected static readonly LocalDate AppraisalDeadline = new(2025, 2, 28);

    private readonly List<Action<IServiceCollection>> _probes = [];
    private ServiceProvider? _services;

    /// <summary>The clock: 10 January 2025, 09:00 in Vietnam (02:00 UTC) when a test starts.</summary>
    protected FakeClock Clock { get; } = new(At(2025, 1, 10, 9, 0));

    /// <summary>The notifications published so far.</summary>
    protected NotificationLog Notifications { get; } = new();

    /// <summary>The test's cancellation token.</summary>
    protected static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>The services, built on first use.</summary>
    protected IServiceProvider Services => _services ??= BuildServices();

    /// <summary>An instant given as a time of day in Vietnam (UTC+7).</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month.</param>
    /// <param name="day">The day.</param>
    /// <param name="hour">The hour in Vietnam.</param>
    /// <param name="minute">The minute.</param>
    /// <param name="second">The second.</param>
    /// <returns>The instant.</returns>
    protected static Instant At(int year, int month, int day, int hour, int minute, int second = 0) =>
        new LocalDateTime(year, month, day, hour, minute, second).InZoneStrictly(VietnamTime.Zone).ToInstant();

    /// <inheritdoc />
    public virtual ValueTask InitializeAsync()
    {
        if (SkipReason is { } reason) Assert.Skip(reason);
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public virtual async ValueTask DisposeAsync()
    {
        if (_services is not null) await _services.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>Adds the stores under test: repositories of every aggregate, the unit of work, the audit trail and the idempotency store.</summary>
    /// <param name="services">The services.</param>
    protected abstract void AddStores(IServiceCollection services);

    /// <summary>
    /// The app's wiring: <c>AddFriendlyGov()</c>, then the stores, the actor and the clock, which
    /// is all an app needs. The rest is what the tests observe the workflow with.
    /// </summary>
    /// <param name="services">The services.</param>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
        services.AddFriendlyGov();
        AddStores(services);
        services.AddScoped<TestActor>();
        services.AddScoped<ICurrentActor>(provider => provider.GetRequiredService<TestActor>());
        services.AddSingleton<IClock>(Clock);

        services.AddSingleton(Notifications);
        services.AddTransient(typeof(INotificationHandler<>), typeof(RecordingNotificationHandler<>));
        foreach (var probe in _probes) probe(services);
    }

    /// <summary>
    /// Why this implementation cannot run here, such as a database that is not configured; the
    /// tests are then reported as skipped with this reason. <see langword="null"/> to run them.
    /// </summary>
    protected virtual string? SkipReason => null;

    private ServiceProvider BuildServices()
    {
        if (SkipReason is { } reason) Assert.Skip(reason);
        var services = new ServiceCollection();
        ConfigureServices(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = false });
    }

    /// <summary>Makes two commands of <typeparamref name="TRequest"/> meet after their handlers ran, before either commits. Call before the first request.</summary>
    /// <typeparam name="TRequest">The command.</typeparam>
    protected void HoldBeforeCommit<TRequest>()
    {
        if (_services is not null) throw new InvalidOperationException("Hold commands before the first request builds the services.");
        _probes.Add(services =>
        {
            services.AddSingleton(new CommitRendezvous(typeof(TRequest), 2));
            services.AddTransient(typeof(IPipelineBehavior<,>), typeof(HoldBeforeCommitBehavior<,>));
        });
    }

    /// <summary>
    /// Counts the reads made through <see cref="IReadRepository{T}"/> of <typeparamref name="TAggregate"/>
    /// in every scope, each a query on a database. Call before the first request.
    /// </summary>
    /// <typeparam name="TAggregate">The aggregate.</typeparam>
    /// <returns>The count, which grows as requests read.</returns>
    protected ReadCount CountReadsOf<TAggregate>()
        where TAggregate : AggregateRoot
    {
        if (_services is not null) throw new InvalidOperationException("Count reads before the first request builds the services.");
        var count = new ReadCount();
        _probes.Add(services =>
        {
            // The stores register their repository for every aggregate; this one is wrapped.
            var repository = services.Last(d => d.ServiceType == typeof(IReadRepository<>)).ImplementationType!.MakeGenericType(typeof(TAggregate));
            services.AddScoped(provider => count.Over((IReadRepository<TAggregate>)ActivatorUtilities.CreateInstance(provider, repository)));
        });
        return count;
    }

    /// <summary>Sends a request as <paramref name="actor"/>, from a fresh scope.</summary>
    /// <typeparam name="T">The response.</typeparam>
    /// <param name="actor">Who sends it.</param>
    /// <param name="request">The request.</param>
    /// <returns>The response.</returns>
    protected async Task<T> SendAs<T>(Actor actor, IRequest<T> request)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TestActor>().Actor = actor;
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request, Cancel);
    }

    // ----- reading back what the workflow left, through the ports -----

    /// <summary>The assessment of a unit in a round, as stored now.</summary>
    /// <param name="roundId">The round.</param>
    /// <param name="unitCode">The unit.</param>
    /// <returns>The assessment.</returns>
    protected async Task<Assessment> StoredAssessment(Guid roundId, string unitCode)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IReadRepository<Assessment>>()
            .FirstOrDefaultAsync(new AssessmentOfUnitInRoundSpec(roundId, unitCode), Cancel)
            ?? throw new InvalidOperationException($"No assessment of {unitCode} in round {roundId}.");
    }

    /// <summary>How many aggregates of a kind are stored.</summary>
    /// <typeparam name="T">The aggregate.</typeparam>
    /// <returns>The count.</returns>
    protected async Task<int> StoredCount<T>()
        where T : AggregateRoot
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IReadRepository<T>>().CountAsync(Cancel);
    }

    /// <summary>An aggregate as stored now.</summary>
    /// <typeparam name="T">The aggregate.</typeparam>
    /// <param name="id">Its id.</param>
    /// <returns>It.</returns>
    protected async Task<T> Stored<T>(Guid id)
        where T : AggregateRoot
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IReadRepository<T>>().GetByIdAsync(id, Cancel)
            ?? throw new InvalidOperationException($"No {typeof(T).Name} {id}.");
    }

    /// <summary>The audit trail of any subject, as stored now.</summary>
    /// <param name="subject">The subject, such as <c>observation/{id}</c>.</param>
    /// <returns>The entries, oldest first.</returns>
    protected async Task<IReadOnlyList<AuditEntry>> StoredAudit(string subject)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IAuditTrail>().ListAsync(subject, Cancel);
    }

    /// <summary>The audit trail of an assessment, read through <see cref="GetAuditTrail"/> as the administrator.</summary>
    /// <param name="roundId">The round.</param>
    /// <param name="unitCode">The unit.</param>
    /// <returns>The entries, oldest first.</returns>
    protected Task<IReadOnlyList<AuditEntry>> AuditTrail(Guid roundId, string unitCode) =>
        SendAs(Actors.Administrator, new GetAuditTrail(roundId, unitCode));

    /// <summary>What a refused or failed request must leave as it was: an assessment's state, evidence, scorecard and audit trail.</summary>
    /// <param name="roundId">The round.</param>
    /// <param name="unitCode">The unit.</param>
    /// <returns>A comparable picture.</returns>
    protected async Task<object> Picture(Guid roundId, string unitCode)
    {
        var assessment = await StoredAssessment(roundId, unitCode);
        var audit = await StoredAudit($"assessment/{assessment.Id}");
        return new
        {
            assessment.State,
            assessment.Version,
            Evidence = assessment.Evidence.ToList(),
            assessment.SubmittedAt,
            assessment.SubmittedLate,
            assessment.FinalScorecard?.Total,
            assessment.FinalScorecard?.Rating,
            assessment.FinalizedAt,
            assessment.Appeals,
            Audit = audit.ToList(),
        };
    }

    /// <summary>Sends a request that must fail with <typeparamref name="TException"/> and change nothing about the assessment.</summary>
    /// <typeparam name="TException">The failure expected.</typeparam>
    /// <param name="roundId">The round.</param>
    /// <param name="unitCode">The unit whose assessment must stay as it was.</param>
    /// <param name="send">Sends the request.</param>
    /// <returns>The failure.</returns>
    protected async Task<TException> RefusedWithoutChange<TException>(Guid roundId, string unitCode, Func<Task> send)
        where TException : Exception
    {
        var before = await Picture(roundId, unitCode);
        var published = Notifications.All().Count;
        var events = Notifications.Events().Count;
        var failure = (await send.Should().ThrowAsync<TException>()).Which;
        (await Picture(roundId, unitCode)).Should().BeEquivalentTo(before, "a refused request changes nothing");
        Notifications.All().Should().HaveCount(published, "a refused request publishes nothing");
        Notifications.Events().Should().HaveCount(events, "a refused request publishes no domain event");
        return failure;
    }

    // ----- the steps of the workflow, each sent by the actor who takes it -----

    /// <summary>The administrator registers the tests' Đồng Nai units.</summary>
    /// <returns>The result.</returns>
    protected Task<RegisterUnitsResult> RegisterUnits() =>
        SendAs(Actors.Administrator, new RegisterUnits(Guid.NewGuid(), DongNai.Registrations));

    /// <summary>The administrator opens a round for some units (registering the units first if needed).</summary>
    /// <param name="unitCodes">The units.</param>
    /// <param name="period">The year assessed.</param>
    /// <param name="refuseLateSubmissions">Whether late self-assessments are refused.</param>
    /// <returns>The round's id.</returns>
    protected async Task<Guid> OpenRound(IReadOnlyList<string> unitCodes, string period = "2024", bool refuseLateSubmissions = false)
    {
        await RegisterUnits();

        // Self-assessment closes on 31 January after the year assessed, appraisal on 28 February.
        var year = AssessmentPeriod.Parse(period).Year + 1;
        return await SendAs(Actors.Administrator, new OpenRound(
            Guid.NewGuid(), DongNai.Framework, period, DongNai.Province, unitCodes, new LocalDate(year, 1, 31), new LocalDate(year, 2, 28), refuseLateSubmissions));
    }

    /// <summary>The unit's officer records self-assessed evidence.</summary>
    /// <param name="roundId">The round.</param>
    /// <param name="unitCode">The unit.</param>
    /// <param name="indicatorId">The indicator.</param>
    /// <param name="evidence">The figures.</param>
    /// <returns>How many entries the assessment holds.</returns>
    protected Task<int> RecordSelf(Guid roundId, string unitCode, string indicatorId, IndicatorEvidence evidence) =>
        SendAs(Actors.OfficerOf(unitCode), new RecordEvidence(Guid.NewGuid(), roundId, unitCode, indicatorId, EvidenceSource.Self, evidence));

    /// <summary>The unit's officer records a set of self-assessed evidence.</summary>
    /// <param name="roundId">The round.</param>
    /// <param name="unitCode">The unit.</param>
    /// <param name="evidence">The evidence.</param>
    /// <returns>A task.</returns>
    protected async Task RecordSelf(Guid roundId, string unitCode, IEnumerable<(string IndicatorId, IndicatorEvidence Evidence)> evidence)
    {
        foreach (var (indicatorId, figures) in evidence) await RecordSelf(roundId, unitCode, indicatorId, figures);
    }

    /// <summary>The appraiser records appraised evidence.</summary>
    /// <param name="roundId">The round.</param>
    /// <param name="unitCode">The unit.</param>
    /// <param name="indicatorId">The indicator.</param>
    /// <param name="evidence">The figures.</param>
    /// <returns>How many entries the assessment holds.</returns>
    protected Task<int> RecordAppraised(Guid roundId, string unitCode, string indicatorId, IndicatorEvidence evidence) =>
        SendAs(Actors.Appraiser, new RecordEvidence(Guid.NewGuid(), roundId, unitCode, indicatorId, EvidenceSource.Appraisal, evidence));

    /// <summary>The unit's officer submits its self-assessment.</summary>
    /// <param name="roundId">The round.</param>
    /// <param name="unitCode">The unit.</param>
    /// <returns>The result.</returns>
    protected Task<SubmissionResult> Submit(Guid roundId, string unitCode) =>
        SendAs(Actors.OfficerOf(unitCode), new SubmitSelfAssessment(Guid.NewGuid(), roundId, unitCode));

    /// <summary>The appraiser starts appraisal.</summary>
    /// <param name="roundId">The round.</param>
    /// <param name="unitCode">The unit.</param>
    /// <returns>The assessment's id.</returns>
    protected Task<Guid> StartAppraisal(Guid roundId, string unitCode) =>
        SendAs(Actors.Appraiser, new StartAppraisal(Guid.NewGuid(), roundId, unitCode));

    /// <summary>The appraiser completes appraisal.</summary>
    /// <param name="roundId">The round.</param>
    /// <param name="unitCode">The unit.</param>
    /// <returns>The assessment's id.</returns>
    protected Task<Guid> CompleteAppraisal(Guid roundId, string unitCode) =>
        SendAs(Actors.Appraiser, new CompleteAppraisal(Guid.NewGuid(), roundId, unitCode));

    /// <summary>The administrator finalizes.</summary>
    /// <param name="roundId">The round.</param>
    /// <param name="unitCode">The unit.</param>
    /// <returns>The final scorecard.</returns>
    protected Task<ScorecardSnapshot> Finalize(Guid roundId, string unitCode) =>
        SendAs(Actors.Administrator, new FinalizeAssessment(Guid.NewGuid(), roundId, unitCode));

    /// <summary>The administrator reopens on appeal.</summary>
    /// <param name="roundId">The round.</param>
    /// <param name="unitCode">The unit.</param>
    /// <param name="reason">The appeal's grounds.</param>
    /// <returns>The assessment's id.</returns>
    protected Task<Guid> Appeal(Guid roundId, string unitCode, string reason = "Đơn vị khiếu nại kết quả thẩm định chỉ tiêu G3.1.1") =>
        SendAs(Actors.Administrator, new FileAppeal(Guid.NewGuid(), roundId, unitCode, reason));

    /// <summary>Takes an assessment from draft to <paramref name="state"/> with the right actor at each step, recording no evidence.</summary>
    /// <param name="roundId">The round.</param>
    /// <param name="unitCode">The unit.</param>
    /// <param name="state">Where to stop.</param>
    /// <returns>A task.</returns>
    protected async Task Reach(Guid roundId, string unitCode, AssessmentState state)
    {
        if (state == AssessmentState.Draft) return;
        await Submit(roundId, unitCode);
        if (state == AssessmentState.SelfAssessmentSubmitted) return;
        await StartAppraisal(roundId, unitCode);
        if (state == AssessmentState.UnderAppraisal) return;
        await CompleteAppraisal(roundId, unitCode);
        if (state == AssessmentState.Appraised) return;
        await Finalize(roundId, unitCode);
        if (state == AssessmentState.Finalized) return;
        await Appeal(roundId, unitCode);
    }

    /// <summary>The administrator registers an official.</summary>
    /// <param name="code">The official's code.</param>
    /// <param name="unitCode">Where they serve.</param>
    /// <param name="role">Their role.</param>
    /// <returns>The official's id.</returns>
    protected Task<Guid> RegisterOfficial(string code, string unitCode, OfficialRole role) =>
        SendAs(Actors.Administrator, new RegisterOfficial(Guid.NewGuid(), code, $"Cán bộ {code}", unitCode, role, new LocalDate(2023, 1, 1)));

    /// <summary>The appraiser records a conduct observation.</summary>
    /// <param name="officialCode">The official.</param>
    /// <param name="ruleId">The rule.</param>
    /// <param name="on">The date of the behaviour.</param>
    /// <param name="reference">The source's reference.</param>
    /// <returns>The result.</returns>
    protected Task<ObservationRecorded> Observe(string officialCode, string ruleId, LocalDate on, string reference) =>
        SendAs(Actors.Appraiser, new RecordObservation(Guid.NewGuid(), officialCode, ruleId, on, ObservationSource.CitizenReport, reference, $"Phản ánh của người dân về {ruleId}"));
}
