using FriendlyGov.Domain.Conduct;
using FriendlyGov.Domain.Sessions;
using NodaTime;

namespace FriendlyGov.Domain.Tests.Sessions;

public sealed class MorningSessionTests
{
    [Fact]
    public void Keeps_the_chairs_role_that_day_and_numbers_the_issues_in_the_order_raised()
    {
        var session = SessionFixtures.Hold(
            new LocalDate(2024, 1, 5), SessionFixtures.Deputy, 40,
            ("Đèn đường hẻm 12 bị hỏng", new LocalDate(2024, 1, 31)),
            (" Rác thải ứ đọng tại chợ ", new LocalDate(2024, 2, 15)));

        session.ChairCode.Should().Be("CB-002");
        session.ChairRole.Should().Be(OfficialRole.Deputy);
        session.ChairedByHead.Should().BeFalse();
        session.Attendance.Should().Be(40);
        session.Issues.Should().Equal(
            new RaisedIssue(1, "Đèn đường hẻm 12 bị hỏng", new LocalDate(2024, 1, 31)),
            new RaisedIssue(2, "Rác thải ứ đọng tại chợ", new LocalDate(2024, 2, 15)));
        session.DomainEvents.Should().ContainSingle().Which.Should().Be(
            new MorningSessionHeld(session.Id, "25996", new LocalDate(2024, 1, 5), "CB-002", 2, "officer-25996", SessionFixtures.Recorded));
    }

    [Fact]
    public void Refuses_a_chair_serving_elsewhere_a_negative_attendance_and_issues_without_a_summary_or_due_before_the_session()
    {
        var elsewhere = new Official("CB-090", "Cán bộ xã khác", new Posting("26089", OfficialRole.Head, new LocalDate(2023, 1, 1)));

        var problems = Invalid.ProblemsOf(() => MorningSession.Hold(
            "25996", new LocalDate(2024, 1, 5), elsewhere, -1,
            [new IssueToRaise(" ", new LocalDate(2024, 1, 31)), new IssueToRaise("Ngập nước", new LocalDate(2024, 1, 4))],
            "officer-25996", SessionFixtures.Recorded));

        problems.Should().Equal(
            new Problem("chair", "official CB-090 did not serve in unit 25996 on 2024-01-05"),
            new Problem("attendance", "-1 is negative: give 0 or more people"),
            new Problem("issues[0].summary", "is required"),
            new Problem("issues[1].deadline", "2024-01-04 is before the session on 2024-01-05"));
    }

    [Fact]
    public void Resolves_an_issue_once_and_tells_whether_it_was_by_the_deadline()
    {
        var session = SessionFixtures.Hold(
            new LocalDate(2024, 1, 5), SessionFixtures.Head, 40,
            ("Đèn đường", new LocalDate(2024, 1, 31)), ("Rác thải", new LocalDate(2024, 2, 15)));

        session.Resolved(1, new LocalDate(2024, 2, 2)).Resolved(2, new LocalDate(2024, 2, 15));

        session.Issues.Select(i => (i.ResolvedOn, i.ResolvedByDeadline)).Should().Equal(
            (new LocalDate(2024, 2, 2), false),
            (new LocalDate(2024, 2, 15), true));
        Invalid.ProblemsOf(() => session.Resolved(2, new LocalDate(2024, 2, 20))).Should().Equal(
            new Problem("number", "issue 2 of the session of 2024-01-05 was already resolved on 2024-02-15"));
        Invalid.ProblemsOf(() => session.Resolved(3, new LocalDate(2024, 2, 20))).Should().Equal(
            new Problem("number", "the session of 2024-01-05 has no issue 3; it has 2"));
    }

    [Fact]
    public void Refuses_a_resolution_dated_before_the_session()
    {
        var session = SessionFixtures.Hold(new LocalDate(2024, 1, 5), SessionFixtures.Head, 40, ("Đèn đường", new LocalDate(2024, 1, 31)));

        Invalid.ProblemsOf(() => session.Resolved(1, new LocalDate(2024, 1, 4))).Should().Equal(
            new Problem("on", "2024-01-04 is before the session on 2024-01-05"));
        session.Issues[0].ResolvedOn.Should().BeNull();
    }
}
