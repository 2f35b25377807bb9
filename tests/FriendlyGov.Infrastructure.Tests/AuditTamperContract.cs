using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Audit;
using FriendlyGov.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace FriendlyGov.Infrastructure.Tests;

/// <summary>
/// The audit trail written through the library verifies; altered behind the library's back with
/// raw SQL (a changed summary, a removed entry, a forged entry slipped in), the verifier names the
/// first entry broken. Run on each database by a subclass.
/// </summary>
public abstract class AuditTamperContract : IAsyncDisposable
{
    private static readonly Instant Start = Instant.FromUtc(2025, 1, 10, 2, 0);
    private ServiceProvider? _services;

    /// <summary>Why the tests cannot run here, or <see langword="null"/>.</summary>
    protected virtual string? SkipReason => null;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Entries_written_through_the_library_form_an_intact_chain()
    {
        var written = await WriteFive();

        var report = await Verify();

        (report.Entries, report.Break, report.LastHash).Should().Be((5, null, written[4].Hash));
        written.Select(e => e.Sequence).Should().Equal(1, 2, 3, 4, 5);
        written[0].PreviousHash.Should().Be(AuditChain.GenesisHash);
    }

    [Fact]
    public async Task A_summary_changed_with_sql_is_named()
    {
        var written = await WriteFive();

        await Sql("""UPDATE audit_trail SET "Summary" = 'điểm đã sửa' WHERE "Sequence" = 3""");

        (await Verify()).Break.Should().Be(new AuditChainBreak(AuditBreakKind.Changed, 3, written[2].Id, "its content does not match its hash"));
    }

    [Fact]
    public async Task A_row_deleted_with_sql_is_named()
    {
        var written = await WriteFive();

        await Sql("""DELETE FROM audit_trail WHERE "Sequence" = 3""");

        (await Verify()).Break.Should().Be(new AuditChainBreak(AuditBreakKind.Removed, 4, written[3].Id, "entry 3 is missing after entry 2"));
    }

    [Fact]
    public async Task A_forged_row_inserted_with_sql_is_named()
    {
        // The strongest forger short of rewriting every later hash: the forged row is linked properly
        // after entry 2 with the library's own algorithm, and entries 3 to 5 are moved up to 4 to 6.
        var written = await WriteFive();
        var forged = AuditChain.Link(written[1], new AuditEntry(Guid.NewGuid(), written[1].At, "admin", "FinalizeAssessment", "assessment/forged", "chốt điểm giả"));

        await Sql("""UPDATE audit_trail SET "Sequence" = -("Sequence" + 1) WHERE "Sequence" >= 3""");
        await Sql("""UPDATE audit_trail SET "Sequence" = -"Sequence" WHERE "Sequence" < 0""");
        await Sql(
            """INSERT INTO audit_trail ("Sequence", "Id", "At", "Actor", "Action", "Subject", "Summary", "PreviousHash", "Hash") SELECT 3, {0}, "At", {1}, {2}, {3}, {4}, {5}, {6} FROM audit_trail WHERE "Sequence" = 2""",
            forged.Id, forged.Actor, forged.Action, forged.Subject, forged.Summary, forged.PreviousHash, forged.Hash);

        var report = await Verify();

        report.Break.Should().Be(new AuditChainBreak(AuditBreakKind.Inserted, 3, forged.Id, "the entry after it was written as entry 3 and moved up by one"));
        report.Entries.Should().Be(4);
    }

    [Fact]
    public async Task Hashes_blanked_with_sql_are_never_relinked_by_a_later_write()
    {
        // The reproduction: UPDATE … SET Summary, Hash = '', PreviousHash = '' WHERE Sequence >= 3, then any
        // write through the library. Before, the library re-linked 3 to 5 itself and the chain verified.
        var written = await WriteFive();
        await Sql("""UPDATE audit_trail SET "Summary" = 'điểm đã sửa', "Hash" = '', "PreviousHash" = '' WHERE "Sequence" >= 3""");

        var write = () => Append("after", 1);
        var reopened = Reopen;

        (await write.Should().ThrowAsync<InvalidOperationException>()).Which.Message.Should().Be(
            "The audit trail was altered behind the library's back: entry 5 has no hash although entry 2 before it is linked, so nothing can be appended after it; nothing was saved. Run 'friendlygov audit verify' to find the first entry altered and restore the trail from a backup.");
        reopened.Should().NotThrow("opening the database leaves a blanked trail as it is");
        var report = await Verify();
        report.Break.Should().Be(new AuditChainBreak(AuditBreakKind.Changed, 3, written[2].Id, "it has no hash: it was never linked into the chain, or its hash was blanked"));
        report.Entries.Should().Be(3, "nothing was appended after entry 5");
        (await Verify(AuditCheckpoint.Of(5, written[4].Hash, Start))).Break!.Sequence.Should().Be(3);
    }

    [Fact]
    public async Task A_trail_that_still_passes_through_its_checkpoint_verifies()
    {
        var written = await WriteFive();

        var report = await Verify(AuditCheckpoint.Of(4, written[3].Hash, Start));

        (report.Entries, report.Break).Should().Be((5, null));
    }

    [Fact]
    public async Task A_rewrite_with_recomputed_hashes_is_caught_at_the_checkpoint()
    {
        var written = await WriteFive();
        await Sql("""UPDATE audit_trail SET "Summary" = 'điểm đã sửa' WHERE "Sequence" = 3""");
        await Relink();

        await ExpectRewrittenAt(5, written);
    }

    [Fact]
    public async Task A_chain_relinked_by_hand_after_its_hashes_were_blanked_is_caught_at_the_checkpoint()
    {
        var written = await WriteFive();
        await Sql("""UPDATE audit_trail SET "Summary" = 'điểm đã sửa', "Hash" = '', "PreviousHash" = '' WHERE "Sequence" >= 3""");
        await Relink();

        await ExpectRewrittenAt(5, written);
    }

    [Fact]
    public async Task Entries_deleted_from_the_end_are_caught_at_the_checkpoint()
    {
        var written = await WriteFive();
        await Sql("""DELETE FROM audit_trail WHERE "Sequence" >= 4""");

        var report = await Verify(AuditCheckpoint.Of(5, written[4].Hash, Start));

        (await Verify()).IsIntact.Should().BeTrue("the chain alone cannot see a cut tail");
        report.Break.Should().Be(new AuditChainBreak(AuditBreakKind.Removed, 5, Guid.Empty, "the trail ends at entry 3, but the checkpoint of 2025-01-10T02:00:00Z vouches for entry 5: entries 4 to 5 were removed from the end"));
    }

    [Fact]
    public async Task Entries_deleted_from_the_end_and_replaced_by_new_writes_are_caught_at_the_checkpoint()
    {
        var written = await WriteFive();
        await Sql("""DELETE FROM audit_trail WHERE "Sequence" >= 4""");
        await Append("new 4", 1);
        await Append("new 5", 1);

        await ExpectRewrittenAt(5, written);
    }

    [Fact]
    public async Task An_entry_inserted_with_recomputed_hashes_is_caught_at_the_checkpoint()
    {
        var written = await WriteFive();
        await Sql("""UPDATE audit_trail SET "Sequence" = -("Sequence" + 1) WHERE "Sequence" >= 3""");
        await Sql("""UPDATE audit_trail SET "Sequence" = -"Sequence" WHERE "Sequence" < 0""");
        await Sql(
            """INSERT INTO audit_trail ("Sequence", "Id", "At", "Actor", "Action", "Subject", "Summary", "PreviousHash", "Hash") SELECT 3, {0}, "At", 'admin', 'FinalizeAssessment', 'assessment/forged', 'chốt điểm giả', '', '' FROM audit_trail WHERE "Sequence" = 2""",
            Guid.NewGuid());
        await Relink();

        await ExpectRewrittenAt(5, written);
    }

    [Fact]
    public async Task Entries_reordered_with_recomputed_hashes_are_caught_at_the_checkpoint()
    {
        var written = await WriteFive();
        await Sql("""UPDATE audit_trail SET "Sequence" = -1 WHERE "Sequence" = 3""");
        await Sql("""UPDATE audit_trail SET "Sequence" = 3 WHERE "Sequence" = 4""");
        await Sql("""UPDATE audit_trail SET "Sequence" = 4 WHERE "Sequence" = -1""");
        await Relink();

        await ExpectRewrittenAt(5, written);
    }

    [Fact]
    public async Task Many_parallel_commits_append_one_after_the_other()
    {
        // 8 writers × 10 commits of 2 entries each = 160 entries, numbered 1 to 160 without gaps.
        Services();
        await Task.WhenAll(Enumerable.Range(0, 8).Select(writer => Task.Run(async () =>
        {
            for (var i = 0; i < 10; i++) await Append($"writer {writer} commit {i}", 2);
        })));

        var report = await Verify();

        (report.Entries, report.Break).Should().Be((160, null));
        using var scope = Services().CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<FriendlyGovDbContext>();
        var commit = await context.AuditTrail.Where(e => e.Subject == "round/writer 7 commit 9").OrderBy(e => e.Sequence).ToListAsync(Cancel);
        commit.Select(e => e.Summary).Should().Equal(["mở đợt 0", "mở đợt 1"], "entries of one commit keep the order they were appended in");
        (commit[1].Sequence - commit[0].Sequence).Should().Be(1, "one commit's entries are appended together, under the lock");
    }

    /// <inheritdoc />
    public virtual async ValueTask DisposeAsync()
    {
        if (_services is not null) await _services.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>Adds the stores on a fresh database.</summary>
    /// <param name="services">The services.</param>
    protected abstract void AddStores(IServiceCollection services);

    private ServiceProvider Services()
    {
        if (SkipReason is { } reason) Assert.Skip(reason);
        if (_services is not null) return _services;
        var services = new ServiceCollection();
        AddStores(services);
        return _services = services.BuildServiceProvider();
    }

    private async Task Append(string subject, int entries)
    {
        using var scope = Services().CreateScope();
        var trail = scope.ServiceProvider.GetRequiredService<IAuditTrail>();
        for (var n = 0; n < entries; n++)
            trail.Append(new AuditEntry(Guid.NewGuid(), Start + Duration.FromSeconds(n), "admin", "OpenRound", $"round/{subject}", $"mở đợt {n}"));
        await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(Cancel);
    }

    private async Task<IReadOnlyList<AuditEntry>> WriteFive()
    {
        for (var n = 1; n <= 5; n++) await Append(n.ToString(System.Globalization.CultureInfo.InvariantCulture), 1);
        using var scope = Services().CreateScope();
        return await scope.ServiceProvider.GetRequiredService<FriendlyGovDbContext>().AuditTrail.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync(Cancel);
    }

    private async Task Sql(string sql, params object[] parameters)
    {
        using var scope = Services().CreateScope();
        await scope.ServiceProvider.GetRequiredService<FriendlyGovDbContext>().Database.ExecuteSqlRawAsync(sql, parameters, Cancel);
    }

    private async Task<AuditChainReport> Verify(AuditCheckpoint? checkpoint = null)
    {
        using var scope = Services().CreateScope();
        return await AuditTrailVerifier.VerifyAsync(scope.ServiceProvider.GetRequiredService<FriendlyGovDbContext>(), checkpoint, Cancel);
    }

    // The chain holds after the tampering (the forger recomputed every hash), but entry 5 no longer has
    // the hash the checkpoint, taken before the tampering, vouches for.
    private async Task ExpectRewrittenAt(long sequence, IReadOnlyList<AuditEntry> written)
    {
        var checkpoint = AuditCheckpoint.Of(sequence, written[(int)sequence - 1].Hash, Start);

        (await Verify()).IsIntact.Should().BeTrue("the forger recomputed every hash");
        var report = await Verify(checkpoint);

        report.Break.Should().NotBeNull();
        (report.Break!.Kind, report.Break.Sequence).Should().Be((AuditBreakKind.Rewritten, sequence));
    }

    // What a forger with the documented algorithm does: recompute every entry's previous hash and hash, in sequence order.
    private async Task Relink()
    {
        List<AuditEntry> entries;
        using (var scope = Services().CreateScope())
            entries = await scope.ServiceProvider.GetRequiredService<FriendlyGovDbContext>().AuditTrail.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync(Cancel);

        AuditEntry? previous = null;
        foreach (var entry in entries)
        {
            var linked = AuditChain.Link(previous, entry);
            await Sql("""UPDATE audit_trail SET "PreviousHash" = {0}, "Hash" = {1} WHERE "Sequence" = {2}""", linked.PreviousHash, linked.Hash, linked.Sequence);
            previous = linked;
        }
    }

    // Opens the database as an app does on start: migrations, then the one-time linking of a pre-chain trail.
    private void Reopen()
    {
        using var scope = Services().CreateScope();
        DependencyInjection.Migrate(scope.ServiceProvider.GetRequiredService<FriendlyGovDbContext>());
    }
}
