using System.Data.Common;
using FriendlyGov.Application;
using FriendlyGov.Application.Assessments.RecordEvidence;
using FriendlyGov.Application.Assessments.RecordEvidenceInBulk;
using FriendlyGov.Application.Rounds.Open;
using FriendlyGov.Application.Conduct.RecordObservationsInBulk;
using FriendlyGov.Application.Conduct.RegisterOfficial;
using FriendlyGov.Application.Ports;
using FriendlyGov.Application.Tests.Contract;
using FriendlyGov.Application.Tests.InMemory;
using FriendlyGov.Application.Units.Register;
using FriendlyGov.Domain.Assessments;
using FriendlyGov.Domain.Audit;
using FriendlyGov.Domain.Evidence;
using FriendlyGov.Domain.Conduct;
using FriendlyGov.Frameworks;
using FriendlyGov.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace FriendlyGov.Infrastructure.Tests;

/// <summary>
/// New rows of a bulk command go through the provider's bulk path (a prepared <c>INSERT</c> on
/// SQLite, binary <c>COPY</c> on PostgreSQL), not one EF Core command per row, and in the save's
/// one transaction: a duplicate key refuses the whole save.
/// </summary>
public abstract class BulkWriteContract : IAsyncDisposable
{
    private readonly CommandCounter _commands = new();
    private ServiceProvider? _services;

    /// <summary>Why the tests cannot run here, or <see langword="null"/>.</summary>
    protected virtual string? SkipReason => null;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private ServiceProvider Services => _services ??= Build();

    [Fact]
    public async Task A_bulk_of_2500_observations_runs_a_fixed_number_of_EF_commands_and_no_insert_of_its_own_per_row()
    {
        if (SkipReason is { } reason) Assert.Skip(reason);
        await RegisterOfficials();
        ObservationInput[] rows =
        [
            .. Enumerable.Range(0, 2_500).Select(i => new ObservationInput(
                i % 2 == 0 ? "CB-101" : "CB-201", "SMILE", new LocalDate(2024, 1, 1).PlusDays(i % 366), ObservationSource.CitizenReport, $"BW-{i:D4}", $"Phản ánh số {i}")),
        ];
        _commands.Reset();

        var result = await SendAs(Actors.Appraiser, new RecordObservationsInBulk(Guid.NewGuid(), rows));

        result.Should().Be(new BulkResult(2_500, 0));
        _commands.InsertsInto("observations").Should().Be(0, "the rows go through the bulk path, outside EF Core's commands");

        // Before, EF Core ran 2,500 INSERTs on SQLite (and 3 batches on PostgreSQL) besides the reads.
        // Now: the idempotency lookup, officials twice (authorizer and handler), units, the keys
        // recorded, the audit trail's lock and last entry, the audit entry and idempotency record:
        // about ten, whatever the number of rows.
        _commands.Total.Should().BeLessThan(20);
        await using var scope = Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<FriendlyGovDbContext>();
        (await context.Observations.CountAsync(Cancel)).Should().Be(2_500);
        var last = await context.Observations.AsNoTracking().SingleAsync(o => o.Key.SourceReference == "BW-2499", Cancel);

        // Row 2,499 is odd: CB-201 of Xã Bình Lộc, dated 1 January 2024 plus 2,499 mod 366 = 303 days, that is 30 October 2024.
        last.Should().BeEquivalentTo(new { OfficialCode = "CB-201", UnitCode = DongNai.BinhLoc, On = new LocalDate(2024, 10, 30), RuleId = "SMILE", Status = ObservationStatus.Reported, Account = "Phản ánh số 2499", Version = 1 });
        (await context.Observations.FindAsync([last.Id], Cancel)).Should().NotBeNull("the id is stored as EF Core stores it, so a lookup by id finds the row");
        last.History.Should().ContainSingle().Which.Should().Be(new ObservationStep(ObservationStatus.Reported, Actors.Appraiser.Id, Instant.FromUtc(2025, 1, 10, 2, 0), "Phản ánh số 2499"));
    }

    [Fact]
    public async Task A_bulk_row_whose_key_is_already_stored_fails_the_save_with_a_concurrency_error_and_saves_nothing()
    {
        if (SkipReason is { } reason) Assert.Skip(reason);
        await RegisterOfficials();
        await SendAs(Actors.Appraiser, new RecordObservationsInBulk(Guid.NewGuid(), [new ObservationInput("CB-101", "SMILE", new LocalDate(2024, 3, 1), ObservationSource.CitizenReport, "BW-1", "Lần đầu")]));
        var before = await Counts();

        // What a second command racing the first would stage: the same key, found free when it looked.
        await using (var scope = Services.CreateAsyncScope())
        {
            var provider = scope.ServiceProvider;
            var context = provider.GetRequiredService<FriendlyGovDbContext>();
            var official = await context.Officials.AsNoTracking().SingleAsync(o => o.Code == "CB-101", Cancel);
            var code = BuiltInConductCodes.FriendlyGovernment2024;
            var at = Instant.FromUtc(2025, 1, 10, 2, 0);
            provider.GetRequiredService<IBulkRepository<ConductObservation>>().AddInBulk(
            [
                ConductObservation.Report(code, official, "4X.2", new LocalDate(2024, 3, 2), ObservationSource.CitizenReport, "BW-2", "Mới", "racer", at),
                ConductObservation.Report(code, official, "SMILE", new LocalDate(2024, 3, 1), ObservationSource.CitizenReport, "BW-1", "Lần hai", "racer", at),
            ]);
            provider.GetRequiredService<IAuditTrail>().Append(new AuditEntry(Guid.NewGuid(), at, "racer", nameof(RecordObservationsInBulk), "observations", "racing"));

            var save = () => provider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(Cancel);

            (await save.Should().ThrowAsync<ConcurrencyException>()).Which.Message.Should().StartWith("Another command saved the same record first; nothing was saved");
        }

        (await Counts()).Should().Be(before, "the new row BW-2 and the audit entry went with the duplicate");
    }

    [Fact]
    public async Task Bulk_evidence_rewrites_the_assessments_through_the_bulk_path_with_no_EF_update()
    {
        if (SkipReason is { } reason) Assert.Skip(reason);
        var roundId = await OpenRound();
        _commands.Reset();

        var recorded = await SendAs(Actors.OfficerOf(DongNai.TanPhong), new RecordEvidenceInBulk(
            Guid.NewGuid(), roundId, EvidenceSource.Self, [.. FullMarks.All.Select(e => new EvidenceInput(DongNai.TanPhong, e.IndicatorId, e.Evidence))]));

        recorded.Should().Be(20);
        _commands.Updates("assessments").Should().Be(0, "the assessment is written by the bulk path, outside EF Core's commands");
        var stored = await StoredAssessment(roundId, DongNai.TanPhong);
        stored.Evidence.Select(e => e.IndicatorId).Should().Equal(FullMarks.All.Select(e => e.IndicatorId));

        // A new assessment is at version 0; each of the 20 entries moves it on by one.
        stored.Version.Should().Be(20);
        (await StoredAssessment(roundId, DongNai.BinhLoc)).Evidence.Should().BeEmpty();
    }

    [Fact]
    public async Task Bulk_evidence_for_an_assessment_changed_since_it_was_read_fails_with_a_concurrency_error_naming_it_and_saves_nothing()
    {
        if (SkipReason is { } reason) Assert.Skip(reason);
        var roundId = await OpenRound();
        var at = Instant.FromUtc(2025, 1, 10, 2, 0);
        await using var scope = Services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var read = await provider.GetRequiredService<FriendlyGovDbContext>().Assessments.AsNoTracking().SingleAsync(a => a.RoundId == roundId && a.UnitCode == DongNai.TanPhong, Cancel);
        read.RecordSelfEvidence("G1.1.2", new IndicatorEvidence { Met = true }, "slow", at);

        // Someone else records evidence for the same assessment first: its version moves from 0 to 1.
        await SendAs(Actors.OfficerOf(DongNai.TanPhong), new RecordEvidence(Guid.NewGuid(), roundId, DongNai.TanPhong, "G1.2.1", EvidenceSource.Self, new IndicatorEvidence { Value = 0.5m }));
        provider.GetRequiredService<IBulkRepository<Assessment>>().UpdateInBulk([read]);
        provider.GetRequiredService<IAuditTrail>().Append(new AuditEntry(Guid.NewGuid(), at, "slow", nameof(RecordEvidenceInBulk), $"assessment/{read.Id}", "late"));
        var auditBefore = (await Counts()).AuditEntries;

        var save = () => provider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(Cancel);

        (await save.Should().ThrowAsync<ConcurrencyException>()).Which.Message.Should().Be(
            $"Assessment {read.Id} was changed by someone else since it was read; nothing was saved: read it again and retry.");
        var stored = await StoredAssessment(roundId, DongNai.TanPhong);
        stored.Evidence.Should().ContainSingle().Which.IndicatorId.Should().Be("G1.2.1", "the other command's evidence stays, the stale copy's is not written");
        stored.Version.Should().Be(1);
        (await Counts()).AuditEntries.Should().Be(auditBefore);
    }

    /// <inheritdoc />
    public virtual async ValueTask DisposeAsync()
    {
        if (_services is not null) await _services.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>Adds the stores on this test's database, with <paramref name="interceptor"/> on every context.</summary>
    /// <param name="services">The services.</param>
    /// <param name="interceptor">Counts the commands EF Core runs.</param>
    protected abstract void AddStores(IServiceCollection services, IInterceptor interceptor);

    private ServiceProvider Build()
    {
        var services = new ServiceCollection();
        services.AddFriendlyGov();
        AddStores(services, _commands);
        services.AddScoped<TestActor>();
        services.AddScoped<ICurrentActor>(provider => provider.GetRequiredService<TestActor>());
        services.AddSingleton<IClock>(new FakeClock(Instant.FromUtc(2025, 1, 10, 2, 0)));
        return services.BuildServiceProvider();
    }

    private async Task RegisterOfficials()
    {
        await SendAs(Actors.Administrator, new RegisterUnits(Guid.NewGuid(), DongNai.Registrations));
        await SendAs(Actors.Administrator, new RegisterOfficial(Guid.NewGuid(), "CB-101", "Cán bộ CB-101", DongNai.TanPhong, OfficialRole.Head, new LocalDate(2023, 1, 1)));
        await SendAs(Actors.Administrator, new RegisterOfficial(Guid.NewGuid(), "CB-201", "Cán bộ CB-201", DongNai.BinhLoc, OfficialRole.Staff, new LocalDate(2023, 1, 1)));
    }

    private async Task<Guid> OpenRound()
    {
        await SendAs(Actors.Administrator, new RegisterUnits(Guid.NewGuid(), DongNai.Registrations));
        return await SendAs(Actors.Administrator, new OpenRound(
            Guid.NewGuid(), DongNai.Framework, "2024", DongNai.Province, [DongNai.TanPhong, DongNai.BinhLoc], new LocalDate(2025, 1, 31), new LocalDate(2025, 2, 28)));
    }

    private async Task<Assessment> StoredAssessment(Guid roundId, string unitCode)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FriendlyGovDbContext>().Assessments.AsNoTracking()
            .SingleAsync(a => a.RoundId == roundId && a.UnitCode == unitCode, Cancel);
    }

    private async Task<(int Observations, int AuditEntries, int IdempotencyRecords)> Counts()
    {
        await using var scope = Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<FriendlyGovDbContext>();
        return (await context.Observations.CountAsync(Cancel), await context.AuditTrail.CountAsync(Cancel), await context.IdempotencyRecords.CountAsync(Cancel));
    }

    private async Task<T> SendAs<T>(Actor actor, IRequest<T> request)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TestActor>().Actor = actor;
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request, Cancel);
    }

    /// <summary>Counts the commands EF Core runs, and those that insert into a table.</summary>
    private sealed class CommandCounter : DbCommandInterceptor
    {
        private readonly List<string> _texts = [];

        public int Total
        {
            get
            {
                lock (_texts) return _texts.Count;
            }
        }

        public void Reset()
        {
            lock (_texts) _texts.Clear();
        }

        public int InsertsInto(string table)
        {
            lock (_texts) return _texts.Count(t => t.Contains($"INSERT INTO \"{table}\"", StringComparison.Ordinal));
        }

        public int Updates(string table)
        {
            lock (_texts) return _texts.Count(t => t.Contains($"UPDATE \"{table}\"", StringComparison.Ordinal));
        }

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
            Count(command, result);

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Count(command, result));

        public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
            Count(command, result);

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Count(command, result));

        public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result) =>
            Count(command, result);

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Count(command, result));

        private T Count<T>(DbCommand command, T result)
        {
            lock (_texts) _texts.Add(command.CommandText);
            return result;
        }
    }
}
