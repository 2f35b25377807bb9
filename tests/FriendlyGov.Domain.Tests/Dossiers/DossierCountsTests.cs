using FriendlyGov.Domain.Dossiers;

namespace FriendlyGov.Domain.Tests.Dossiers;

public sealed class DossierCountsTests
{
    [Fact]
    public void Counts_that_account_for_every_dossier_are_kept()
    {
        // 120 received = 100 on time + 8 late + 2 overdue + 10 pending; 90 of them online.
        var counts = new DossierCounts(120, 100, 8, 2, 10, 90);

        (counts.Resolved, counts.Open).Should().Be((108, 12));
    }

    [Fact]
    public void Received_must_equal_resolved_plus_open()
    {
        var make = () => new DossierCounts(120, 100, 8, 2, 9, 90);

        make.Should().Throw<InvalidInputException>().Which.Problems.Should().Equal(
            new Problem("received", "120 received, but resolvedOnTime 100 + resolvedLate 8 + overdue 2 + pending 9 = 119: every dossier received is resolved (on time or late) or still open (overdue or pending)"));
    }

    [Fact]
    public void Filed_online_cannot_exceed_received_and_every_problem_is_named()
    {
        DossierCounts.Check(10, 5, 1, 1, 2, 11).Should().Equal(
            new Problem("received", "10 received, but resolvedOnTime 5 + resolvedLate 1 + overdue 1 + pending 2 = 9: every dossier received is resolved (on time or late) or still open (overdue or pending)"),
            new Problem("filedOnline", "11 filed online is more than the 10 received"));
    }

    [Fact]
    public void Negative_counts_are_named_and_the_sum_is_not_checked_then()
    {
        DossierCounts.Check(-1, 0, -2, 0, 0, 0).Should().Equal(
            new Problem("received", "-1 is negative: a count is 0 or more"),
            new Problem("resolvedLate", "-2 is negative: a count is 0 or more"));
    }

    [Fact]
    public void A_period_with_no_dossier_is_consistent()
    {
        DossierCounts.Check(0, 0, 0, 0, 0, 0).Should().BeEmpty();
    }
}
