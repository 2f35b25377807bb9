using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Assessments;
using FriendlyGov.Domain.Audit;
using FriendlyGov.Domain.Criteria;
using FriendlyGov.Domain.Evidence;
using FriendlyGov.Domain.Periods;
using FriendlyGov.Domain.Units;
using FriendlyGov.Domain.Units.Specifications;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace FriendlyGov.Application.Tests.InMemory;

/// <summary>The in-memory ports behave as a database would: staged writes, isolated scopes, optimistic concurrency.</summary>
public sealed class InMemoryRepositoryTests : IDisposable
{
    private static readonly Instant Now = Instant.FromUtc(2025, 1, 10, 2, 0);
    private readonly ServiceProvider _services = new ServiceCollection().AddInMemoryStores().BuildServiceProvider();

    [Fact]
    public async Task Staged_adds_are_seen_by_no_one_until_the_unit_of_work_commits()
    {
        using var writer = _services.CreateScope();
        var units = writer.ServiceProvider.GetRequiredService<IRepository<AdministrativeUnit>>();
        await units.AddAsync(Unit("25996", "Phường Tân Phong"), Cancel);

        (await Count()).Should().Be(0);
        (await units.CountAsync(Cancel)).Should().Be(0, "a scope reads what is committed, as a database context does");

        await writer.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(Cancel);
        (await Count()).Should().Be(1);
    }

    [Fact]
    public async Task A_scope_that_never_commits_leaves_nothing_behind()
    {
        await Commit(Unit("25996", "Phường Tân Phong"));
        var roundId = await CommitRoundWithAssessment("25996");

        using (var failing = _services.CreateScope())
        {
            var assessments = failing.ServiceProvider.GetRequiredService<IRepository<Assessment>>();
            var assessment = (await assessments.ListAsync(Cancel)).Single();
            assessment.RecordSelfEvidence("G1.1.2", new IndicatorEvidence { Met = true }, "officer-25996", Now);
            await assessments.UpdateAsync(assessment, Cancel);
            failing.ServiceProvider.GetRequiredService<IAuditTrail>().Append(new AuditEntry(Guid.NewGuid(), Now, "officer-25996", "RecordEvidence", $"assessment/{assessment.Id}", "recorded"));
        }

        using var reader = _services.CreateScope();
        var stored = (await reader.ServiceProvider.GetRequiredService<IReadRepository<Assessment>>().ListAsync(Cancel)).Single();
        stored.RoundId.Should().Be(roundId);
        stored.Evidence.Should().BeEmpty("the change was made to the failing scope's own copy");
        (await reader.ServiceProvider.GetRequiredService<IAuditTrail>().ListAsync($"assessment/{stored.Id}", Cancel)).Should().BeEmpty();
    }

    [Fact]
    public async Task Parallel_commits_link_their_audit_entries_into_one_chain()
    {
        // 8 writers × 10 commits of 2 entries = 160 entries, 1 to 160, each commit's two entries adjacent.
        await Task.WhenAll(Enumerable.Range(0, 8).Select(writer => Task.Run(async () =>
        {
            for (var i = 0; i < 10; i++)
            {
                using var scope = _services.CreateScope();
                var trail = scope.ServiceProvider.GetRequiredService<IAuditTrail>();
                trail.Append(new AuditEntry(Guid.NewGuid(), Now, "admin", "OpenRound", $"round/{writer}-{i}", "first"));
                trail.Append(new AuditEntry(Guid.NewGuid(), Now, "admin", "OpenRound", $"round/{writer}-{i}", "second"));
                await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(Cancel);
            }
        })));

        var all = _services.GetRequiredService<InMemoryStore>().AllAudit();
        AuditChain.Verify(all).Should().Match<AuditChainReport>(r => r.Entries == 160 && r.IsIntact);
        all.Select(e => e.Sequence).Should().Equal(Enumerable.Range(1, 160).Select(n => (long)n));
        var commit = all.Where(e => e.Subject == "round/7-9").ToList();
        (commit[0].Summary, commit[1].Summary, commit[1].Sequence - commit[0].Sequence).Should().Be(("first", "second", 1));
    }

    [Fact]
    public async Task An_update_of_an_aggregate_changed_since_it_was_read_is_refused_naming_it_and_saves_nothing()
    {
        await Commit(Unit("25996", "Phường Tân Phong"));
        await CommitRoundWithAssessment("25996");
        using var first = _services.CreateScope();
        using var second = _services.CreateScope();
        var a = (await first.ServiceProvider.GetRequiredService<IRepository<Assessment>>().ListAsync(Cancel)).Single();
        var b = (await second.ServiceProvider.GetRequiredService<IRepository<Assessment>>().ListAsync(Cancel)).Single();
        a.RecordSelfEvidence("G1.1.2", new IndicatorEvidence { Met = true }, "officer-25996", Now);
        b.RecordSelfEvidence("G2.1.2", new IndicatorEvidence { Met = true }, "officer-25996", Now);
        await first.ServiceProvider.GetRequiredService<IRepository<Assessment>>().UpdateAsync(a, Cancel);
        await second.ServiceProvider.GetRequiredService<IRepository<Assessment>>().UpdateAsync(b, Cancel);
        second.ServiceProvider.GetRequiredService<IAuditTrail>().Append(new AuditEntry(Guid.NewGuid(), Now, "officer-25996", "RecordEvidence", $"assessment/{b.Id}", "recorded"));

        await first.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(Cancel);
        var losing = () => second.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(Cancel);

        (await losing.Should().ThrowAsync<ConcurrencyException>()).Which.Message.Should().Contain($"assessment {a.Id} of unit 25996");
        using var reader = _services.CreateScope();
        (await reader.ServiceProvider.GetRequiredService<IReadRepository<Assessment>>().ListAsync(Cancel)).Single()
            .Evidence.Select(e => e.IndicatorId).Should().Equal("G1.1.2");
        (await reader.ServiceProvider.GetRequiredService<IAuditTrail>().ListAsync($"assessment/{a.Id}", Cancel)).Should().BeEmpty();
    }

    [Fact]
    public async Task A_change_not_staged_with_UpdateAsync_is_reported_rather_than_lost()
    {
        await Commit(Unit("25996", "Phường Tân Phong"));
        await CommitRoundWithAssessment("25996");
        using var scope = _services.CreateScope();
        var assessment = (await scope.ServiceProvider.GetRequiredService<IReadRepository<Assessment>>().ListAsync(Cancel)).Single();
        assessment.RecordSelfEvidence("G1.1.2", new IndicatorEvidence { Met = true }, "officer-25996", Now);

        var save = () => scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(Cancel);

        (await save.Should().ThrowAsync<InvalidOperationException>()).Which.Message.Should().Contain("not staged with UpdateAsync");
    }

    [Fact]
    public async Task Specifications_filter_order_and_page_while_counts_ignore_paging()
    {
        await Commit(Unit("26089", "Xã Bình Lộc"), Unit("25996", "Phường Tân Phong"), Unit("26116", "Thị trấn Tân Phú"),
            Unit("26732", "Đặc khu Côn Đảo", "Hồ Chí Minh", UnitKind.SpecialZone));
        using var scope = _services.CreateScope();
        var units = scope.ServiceProvider.GetRequiredService<IReadRepository<AdministrativeUnit>>();

        (await units.ListAsync(new UnitsOfProvinceSpec("Đồng Nai", skip: 1, take: 1), Cancel)).Select(u => u.Code).Should().Equal("26089");
        (await units.ListAsync(new UnitsOfProvinceSpec("Đồng Nai"), Cancel)).Select(u => u.Code).Should().Equal("25996", "26089", "26116");
        (await units.CountAsync(new UnitsOfProvinceSpec("Đồng Nai", skip: 1, take: 1), Cancel)).Should().Be(3);
        (await units.AnyAsync(new UnitsOfProvinceSpec("Bình Dương"), Cancel)).Should().BeFalse();
        (await units.SingleOrDefaultAsync(new UnitByCodeSpec("26732", new LocalDate(2024, 6, 21)), Cancel))!.Province.Should().Be("Hồ Chí Minh");
    }

    [Fact]
    public async Task A_scope_reads_the_same_copy_of_an_aggregate_each_time()
    {
        await Commit(Unit("25996", "Phường Tân Phong"));
        using var scope = _services.CreateScope();
        var units = scope.ServiceProvider.GetRequiredService<IReadRepository<AdministrativeUnit>>();

        var first = await units.FirstOrDefaultAsync(new UnitByCodeSpec("25996", new LocalDate(2024, 6, 21)), Cancel);
        var again = await units.GetByIdAsync(first!.Id, Cancel);

        again.Should().BeSameAs(first);
    }

    public void Dispose() => _services.Dispose();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static AdministrativeUnit Unit(string code, string name, string province = "Đồng Nai", UnitKind kind = UnitKind.Ward) =>
        new(code, kind, name, province, new LocalDate(2020, 1, 1));

    private async Task Commit(params AdministrativeUnit[] units)
    {
        using var scope = _services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<IRepository<AdministrativeUnit>>().AddRangeAsync(units, Cancel);
        await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(Cancel);
    }

    private async Task<Guid> CommitRoundWithAssessment(string unitCode)
    {
        using var scope = _services.CreateScope();
        var round = new AssessmentRound(FrameworkId.Parse("dongnai-friendly-government@2024.1"), AssessmentPeriod.Parse("2024"), "Đồng Nai", [unitCode],
            new LocalDate(2025, 1, 31), new LocalDate(2025, 2, 28), false, "admin", Now);
        await scope.ServiceProvider.GetRequiredService<IRepository<AssessmentRound>>().AddAsync(round, Cancel);
        await scope.ServiceProvider.GetRequiredService<IRepository<Assessment>>().AddAsync(new Assessment(round.Id, unitCode, new LocalDate(2020, 1, 1)), Cancel);
        await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(Cancel);
        return round.Id;
    }

    private async Task<int> Count()
    {
        using var scope = _services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IReadRepository<AdministrativeUnit>>().CountAsync(Cancel);
    }
}
