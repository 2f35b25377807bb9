using System.Text;
using FriendlyGov.Domain.Audit;
using NodaTime;

namespace FriendlyGov.Domain.Tests.Audit;

public sealed class AuditChainTests
{
    // The expected hashes below were computed outside .NET, from the canonical form typed by hand:
    //   printf 'friendlygov-audit-v1\n1:1\n36:3f2504e0-4f89-11d3-9a0c-0305e82c3301\n27:2025-01-10T02:00:00.000000Z\n5:admin\n9:OpenRound\n7:round/1\n23:mở đợt đánh giá\n64:0000…0000\n' | sha256sum
    // ("mở đợt đánh giá" in NFC is 23 UTF-8 bytes: m 1, ở 3, space 1, đ 2, ợ 3, t 1, space 1, đ 2, á 2, n 1, h 1, space 1, g 1, i 1, á 2).
    private const string FirstHash = "05b137b61671f269bb8be4f9c29c77816773d7aea606bcc94e0fd2b6f7deed15";

    //   printf 'friendlygov-audit-v1\n1:2\n36:00000000-0000-0000-0000-000000000002\n27:2025-01-10T02:00:00.000001Z\n13:officer-25996\n14:RecordEvidence\n12:assessment/7\n10:a:1\nb:2 ok\n64:05b137…ed15\n' | sha256sum
    private const string SecondHash = "17d3b1da7c9551db8647040d02499cc8465592703bd79f281548dbf601342243";

    private static readonly Instant At = Instant.FromUtc(2025, 1, 10, 2, 0);

    private static AuditEntry First => new(Guid.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301"), At, "admin", "OpenRound", "round/1", "mở đợt đánh giá");

    // 19 ticks = 1.9 µs, kept as 1 µs; the summary holds a line feed and colons, which the length prefix keeps apart from the separators.
    private static AuditEntry Second => new(Guid.Parse("00000000-0000-0000-0000-000000000002"), At + Duration.FromTicks(19), "officer-25996", "RecordEvidence", "assessment/7", "a:1\nb:2 ok");

    [Fact]
    public void The_canonical_form_is_a_header_then_one_length_prefixed_line_per_field()
    {
        var linked = First with { Sequence = 1, PreviousHash = AuditChain.GenesisHash };

        Encoding.UTF8.GetString(AuditChain.CanonicalForm(linked)).Should().Be(
            "friendlygov-audit-v1\n1:1\n36:3f2504e0-4f89-11d3-9a0c-0305e82c3301\n27:2025-01-10T02:00:00.000000Z\n5:admin\n9:OpenRound\n7:round/1\n23:mở đợt đánh giá\n64:"
            + AuditChain.GenesisHash + "\n");
    }

    [Fact]
    public void The_first_entry_follows_the_genesis_hash_and_the_next_follows_it()
    {
        var first = AuditChain.Link(null, First);
        var second = AuditChain.Link(first, Second);

        (first.Sequence, first.PreviousHash, first.Hash).Should().Be((1, AuditChain.GenesisHash, FirstHash));
        (second.Sequence, second.PreviousHash, second.Hash).Should().Be((2, FirstHash, SecondHash));
    }

    [Fact]
    public void Text_is_hashed_in_normalization_form_C()
    {
        var decomposed = First with { Summary = "mở đợt đánh giá".Normalize(NormalizationForm.FormD) };

        AuditChain.Link(null, decomposed).Hash.Should().Be(FirstHash);
    }

    [Fact]
    public void Linking_after_an_unlinked_entry_is_refused()
    {
        var link = () => AuditChain.Link(First, Second);

        link.Should().Throw<ArgumentException>().WithMessage("Entry 3f2504e0-4f89-11d3-9a0c-0305e82c3301 is not linked*");
    }

    [Fact]
    public void An_untouched_chain_is_intact()
    {
        var chain = Chain(5);

        AuditChain.Verify(chain).Should().Be(new AuditChainReport(5, null) { LastHash = chain[4].Hash });
        AuditChain.Verify([]).Should().Be(new AuditChainReport(0, null) { LastHash = AuditChain.GenesisHash });
        AuditChain.Verify(chain).ToString().Should().Be("5 entries, chain intact");
    }

    [Fact]
    public void A_changed_summary_is_named()
    {
        var chain = Chain(5);
        chain[2] = chain[2] with { Summary = "chấm lại" };

        var report = AuditChain.Verify(chain);

        report.Break.Should().Be(new AuditChainBreak(AuditBreakKind.Changed, 3, chain[2].Id, "its content does not match its hash"));
        (report.Entries, report.LastHash).Should().Be((3, chain[1].Hash));
    }

    [Fact]
    public void A_change_whose_hash_was_recomputed_shows_at_the_next_entry()
    {
        var chain = Chain(5);
        chain[2] = AuditChain.Link(chain[1], chain[2] with { Summary = "chấm lại" });

        var report = AuditChain.Verify(chain);

        report.Break!.Kind.Should().Be(AuditBreakKind.Removed);
        report.Break.Sequence.Should().Be(4);
        report.Break.Reason.Should().StartWith($"its previous hash is {chain[3].PreviousHash[..12]}…, not entry 3's hash {chain[2].Hash[..12]}…");
    }

    [Fact]
    public void A_removed_entry_leaves_a_gap()
    {
        var chain = Chain(5);
        chain.RemoveAt(2);

        AuditChain.Verify(chain).Break.Should().Be(new AuditChainBreak(AuditBreakKind.Removed, 4, chain[2].Id, "entry 3 is missing after entry 2"));
    }

    [Fact]
    public void Removed_entries_at_the_start_are_named()
    {
        var chain = Chain(5);
        chain.RemoveRange(0, 2);

        AuditChain.Verify(chain).Break.Should().Be(new AuditChainBreak(AuditBreakKind.Removed, 3, chain[0].Id, "entries 1 to 2 are missing before it, the first entry read"));
    }

    [Fact]
    public void A_removal_hidden_by_renumbering_is_named()
    {
        var chain = Chain(5);
        chain.RemoveAt(2);
        chain[2] = chain[2] with { Sequence = 3 };
        chain[3] = chain[3] with { Sequence = 4 };

        AuditChain.Verify(chain).Break.Should().Be(new AuditChainBreak(AuditBreakKind.Removed, 3, chain[2].Id, "it was written as entry 4: an entry before it was removed and the rest renumbered"));
    }

    [Fact]
    public void A_repeated_sequence_is_an_insertion()
    {
        var chain = Chain(3);
        chain.Insert(2, AuditChain.Link(chain[0], Entry(99)));

        AuditChain.Verify(chain).Break.Should().Be(new AuditChainBreak(AuditBreakKind.Inserted, 2, chain[2].Id, "its sequence repeats or goes back after entry 2"));
    }

    [Fact]
    public void A_forged_entry_slipped_in_with_the_rest_renumbered_is_named()
    {
        // The forger links the new entry properly after entry 2 and moves entries 3… up by one,
        // but cannot rehash them without every later hash changing too.
        var chain = Chain(4);
        var forged = AuditChain.Link(chain[1], Entry(99));
        chain.Insert(2, forged);
        for (var i = 3; i < chain.Count; i++) chain[i] = chain[i] with { Sequence = i + 1 };

        AuditChain.Verify(chain).Break.Should().Be(new AuditChainBreak(AuditBreakKind.Inserted, 3, forged.Id, "the entry after it was written as entry 3 and moved up by one"));
    }

    [Fact]
    public void A_forged_entry_whose_successor_was_rehashed_but_not_relinked_is_named()
    {
        var chain = Chain(4);
        var forged = AuditChain.Link(chain[1], Entry(99));
        var moved = chain[2] with { Sequence = 4 };
        chain[2] = moved with { Hash = AuditChain.ComputeHash(moved) };
        chain.Insert(2, forged);
        chain.RemoveAt(chain.Count - 1);

        AuditChain.Verify(chain).Break.Should().Be(new AuditChainBreak(AuditBreakKind.Inserted, 3, forged.Id, "the entry after it links to entry 2, the one before it"));
    }

    [Fact]
    public void An_entry_never_linked_is_named()
    {
        var chain = Chain(2);
        chain.Add(Entry(3) with { Sequence = 3 });

        AuditChain.Verify(chain).Break.Should().Be(new AuditChainBreak(AuditBreakKind.Changed, 3, chain[2].Id, "it has no hash: it was never linked into the chain, or its hash was blanked"));
    }

    [Fact]
    public void The_first_entry_must_follow_the_genesis_hash()
    {
        var chain = Chain(2);
        chain[0] = chain[0] with { PreviousHash = new string('1', 64) };
        chain[0] = chain[0] with { Hash = AuditChain.ComputeHash(chain[0]) };

        AuditChain.Verify(chain).Break!.ToString().Should().Be($"entry 1 ({chain[0].Id}) follows a removed entry: its previous hash is 111111111111…, not the genesis hash: the entries before it were removed");
    }

    [Fact]
    public void Entries_after_a_break_are_not_read()
    {
        var chain = Chain(4);
        chain[1] = chain[1] with { Actor = "someone-else" };
        var verifier = new AuditChainVerifier();

        chain.Select(verifier.Add).Should().Equal(true, false, false, false);
        verifier.Count.Should().Be(2);
    }

    private static AuditEntry Entry(int n) =>
        new(new Guid(n, 0, 0, new byte[8]), At + Duration.FromMinutes(n), "officer-25996", "RecordEvidence", $"assessment/{n}", $"bước {n}");

    private static List<AuditEntry> Chain(int count)
    {
        var chain = new List<AuditEntry>();
        for (var n = 1; n <= count; n++) chain.Add(AuditChain.Link(chain.LastOrDefault(), Entry(n)));
        return chain;
    }
}
