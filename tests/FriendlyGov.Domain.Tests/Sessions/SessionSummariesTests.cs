using FriendlyGov.Domain.Periods;
using FriendlyGov.Domain.Sessions;
using NodaTime;

namespace FriendlyGov.Domain.Tests.Sessions;

public sealed class SessionSummariesTests
{
    private static readonly LocalDate Today = new(2024, 4, 10);

    /// <summary>
    /// Phường Tân Phong's sessions around the first quarter of 2024 (H head, D deputy), today 10 April:
    /// <code>
    /// S0 2023-12-15 H  #1 due 01-10 resolved 01-09 (by deadline, due in Q1)   #2 due 2023-12-30 open (overdue)
    /// S1 2024-01-05 H  #1 due 01-31 resolved 02-02 (late)   #2 due 02-15 resolved 02-15 (by deadline)
    /// S2 2024-01-20 D  #1 due 03-31 open (deadline passed: counts as not resolved; overdue)
    /// S3 2024-03-08 H  #1 due 04-30 open (not due in Q1)    #2 due 03-20 resolved 03-19 (by deadline)
    /// S4 2024-04-02 D  #1 due 04-05 open (after Q1; overdue)
    /// </code>
    /// </summary>
    private static readonly MorningSession[] Sessions =
    [
        SessionFixtures.Hold(new LocalDate(2023, 12, 15), SessionFixtures.Head, 30, ("Cấp nước sạch", new LocalDate(2024, 1, 10)), ("Lấn chiếm vỉa hè", new LocalDate(2023, 12, 30)))
            .Resolved(1, new LocalDate(2024, 1, 9)),
        SessionFixtures.Hold(new LocalDate(2024, 1, 5), SessionFixtures.Head, 40, ("Đèn đường", new LocalDate(2024, 1, 31)), ("Rác thải", new LocalDate(2024, 2, 15)))
            .Resolved(1, new LocalDate(2024, 2, 2)).Resolved(2, new LocalDate(2024, 2, 15)),
        SessionFixtures.Hold(new LocalDate(2024, 1, 20), SessionFixtures.Deputy, 25, ("Ngập nước", new LocalDate(2024, 3, 31))),
        SessionFixtures.Hold(new LocalDate(2024, 3, 8), SessionFixtures.Head, 55, ("Sân chơi", new LocalDate(2024, 4, 30)), ("Tiếng ồn", new LocalDate(2024, 3, 20)))
            .Resolved(2, new LocalDate(2024, 3, 19)),
        SessionFixtures.Hold(new LocalDate(2024, 4, 2), SessionFixtures.Deputy, 20, ("Cây xanh", new LocalDate(2024, 4, 5))),
    ];

    [Fact]
    public void Counts_sessions_in_every_month_of_the_period_zeros_included()
    {
        var summary = SessionSummaries.Summarize("25996", Sessions, AssessmentPeriod.Parse("2024-Q1"), Today);

        // January S1 and S2, February none, March S3; S0 and S4 fall outside the quarter.
        summary.PerMonth.Should().Equal(
            new MonthCount(new YearMonth(2024, 1), 2),
            new MonthCount(new YearMonth(2024, 2), 0),
            new MonthCount(new YearMonth(2024, 3), 1));
        summary.Held.Should().Be(3);
    }

    [Fact]
    public void Shares_the_sessions_chaired_by_the_head()
    {
        var summary = SessionSummaries.Summarize("25996", Sessions, AssessmentPeriod.Parse("2024-Q1"), Today);

        // S1 and S3 of the three held in the quarter: 2/3.
        summary.ChairedByHead.Should().Be(new Share(2, 3));
    }

    [Fact]
    public void Shares_the_issues_due_in_the_period_that_were_resolved_by_their_deadline()
    {
        var summary = SessionSummaries.Summarize("25996", Sessions, AssessmentPeriod.Parse("2024-Q1"), Today);

        // Due in Q1: S0#1, S1#1, S1#2, S2#1, S3#2 = 5; by deadline: S0#1, S1#2, S3#2 = 3; 3/5 = 0.6.
        summary.ResolvedByDeadline.Should().Be(new Share(3, 5));
        summary.ResolvedByDeadline.Value.Should().Be(0.6m);
    }

    [Fact]
    public void Lists_every_issue_open_after_its_deadline_today_whatever_the_period()
    {
        var summary = SessionSummaries.Summarize("25996", Sessions, AssessmentPeriod.Parse("2024-Q1"), Today);

        // 2023-12-30 to 2024-04-10: 1 + 31 + 29 + 31 + 10 = 102 days; 03-31 to 04-10: 10; 04-05 to 04-10: 5.
        summary.Overdue.Select(o => (o.HeldOn, o.Number, o.Summary, o.DaysOverdue)).Should().Equal(
            (new LocalDate(2023, 12, 15), 2, "Lấn chiếm vỉa hè", 102),
            (new LocalDate(2024, 1, 20), 1, "Ngập nước", 10),
            (new LocalDate(2024, 4, 2), 1, "Cây xanh", 5));
    }

    [Fact]
    public void Leaves_out_an_open_issue_whose_deadline_has_not_passed_yet()
    {
        var sessions = new[]
        {
            SessionFixtures.Hold(new LocalDate(2024, 3, 1), SessionFixtures.Head, 10, ("Còn hạn", new LocalDate(2024, 3, 28)), ("Quá hạn", new LocalDate(2024, 3, 20))),
        };

        var summary = SessionSummaries.Summarize("25996", sessions, AssessmentPeriod.Parse("2024-03"), new LocalDate(2024, 3, 25));

        // Only "Quá hạn" counts: its deadline passed unresolved; "Còn hạn" can still be resolved in time.
        summary.ResolvedByDeadline.Should().Be(new Share(0, 1));
        summary.Overdue.Should().ContainSingle().Which.Summary.Should().Be("Quá hạn");
    }

    [Fact]
    public void Has_no_shares_when_nothing_was_held_or_due()
    {
        var summary = SessionSummaries.Summarize("25996", Sessions, AssessmentPeriod.Parse("2023-06"), Today);

        summary.PerMonth.Should().Equal(new MonthCount(new YearMonth(2023, 6), 0));
        summary.ChairedByHead.Value.Should().BeNull();
        summary.ResolvedByDeadline.Value.Should().BeNull();
    }
}
