using System.Text;
using FriendlyGov.Domain.Audit;
using NodaTime;

namespace FriendlyGov.Domain.Tests.Audit;

public sealed class AuditCheckpointTests
{
    private static readonly Instant At = Instant.FromUtc(2025, 1, 10, 2, 0);

    [Fact]
    public void The_signed_bytes_are_four_lines_format_sequence_hash_and_time_to_the_second()
    {
        // 2026-12-06 04:30:15.9 UTC is kept as 04:30:15 (truncated, not rounded).
        var checkpoint = AuditCheckpoint.Of(42, new string('a', 64), Instant.FromUtc(2026, 12, 6, 4, 30, 15) + Duration.FromMilliseconds(900));

        Encoding.UTF8.GetString(checkpoint.SignedBytes()).Should().Be($"friendlygov.checkpoint/1\n42\n{new string('a', 64)}\n2026-12-06T04:30:15Z\n");
    }

    [Fact]
    public void A_trail_that_passes_through_the_checkpoint_holds()
    {
        var chain = Chain(5);

        var report = AuditChain.Verify(chain, AuditCheckpoint.Of(3, chain[2].Hash, At));

        (report.Entries, report.Break).Should().Be((5, null));
    }

    [Fact]
    public void A_trail_rewritten_with_recomputed_hashes_is_named_at_the_checkpoint()
    {
        // Entry 2's summary changed and entries 2 to 5 re-linked: the chain holds, but entry 4 no longer has the hash signed.
        var chain = Chain(5);
        var checkpoint = AuditCheckpoint.Of(4, chain[3].Hash, At);
        var rewritten = Relink([chain[0], chain[1] with { Summary = "đã sửa" }, chain[2], chain[3], chain[4]]);

        var report = AuditChain.Verify(rewritten, checkpoint);

        AuditChain.Verify(rewritten).IsIntact.Should().BeTrue("the chain alone cannot see a rewrite that recomputed every hash");
        report.Break.Should().Be(new AuditChainBreak(
            AuditBreakKind.Rewritten, 4, chain[3].Id,
            $"its hash is {rewritten[3].Hash[..12]}…, but the checkpoint of 2025-01-10T02:00:00Z vouches for {chain[3].Hash[..12]}…: the trail up to it was rewritten and its hashes recomputed"));
    }

    [Fact]
    public void A_trail_cut_before_the_checkpoint_names_the_entries_removed_from_the_end()
    {
        var chain = Chain(5);

        var report = AuditChain.Verify(chain.Take(2), AuditCheckpoint.Of(5, chain[4].Hash, At));

        report.Entries.Should().Be(2);
        report.Break.Should().Be(new AuditChainBreak(
            AuditBreakKind.Removed, 5, Guid.Empty,
            "the trail ends at entry 2, but the checkpoint of 2025-01-10T02:00:00Z vouches for entry 5: entries 3 to 5 were removed from the end"));
        report.Break!.ToString().Should().StartWith("entry 5 is missing: ");
    }

    [Fact]
    public void A_break_before_the_checkpoint_is_named_as_the_chain_names_it()
    {
        var chain = Chain(5);
        chain[1] = chain[1] with { Summary = "đã sửa" };

        AuditChain.Verify(chain, AuditCheckpoint.Of(5, chain[4].Hash, At)).Break!.Kind.Should().Be(AuditBreakKind.Changed);
    }

    private static List<AuditEntry> Relink(IEnumerable<AuditEntry> entries)
    {
        var chain = new List<AuditEntry>();
        foreach (var entry in entries) chain.Add(AuditChain.Link(chain.LastOrDefault(), entry));
        return chain;
    }

    private static List<AuditEntry> Chain(int count) =>
        Relink(Enumerable.Range(1, count).Select(n => new AuditEntry(new Guid(n, 0, 0, new byte[8]), At + Duration.FromMinutes(n), "officer-25996", "RecordEvidence", $"assessment/{n}", $"bước {n}")));
}
