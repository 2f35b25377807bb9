using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Notifications;
using FriendlyGov.Application.Rounds.CheckDeadlines;
using FriendlyGov.Domain.Assessments;

namespace FriendlyGov.Application.Tests.Contract;

public abstract partial class WorkflowContract
{
    [Fact]
    public async Task A_submission_on_the_last_minute_of_the_deadline_day_in_Vietnam_is_on_time()
    {
        var roundId = await OpenRound([DongNai.TanPhong]);

        // 23:59 on 31 January in Vietnam is 16:59 UTC the same day.
        Clock.Reset(At(2025, 1, 31, 23, 59));
        var result = await Submit(roundId, DongNai.TanPhong);

        result.Late.Should().BeFalse();
        result.SubmittedAt.Should().Be(At(2025, 1, 31, 23, 59));
        var stored = await StoredAssessment(roundId, DongNai.TanPhong);
        stored.SubmittedLate.Should().BeFalse();
        stored.State.Should().Be(AssessmentState.SelfAssessmentSubmitted);
    }

    [Fact]
    public async Task A_submission_after_the_deadline_is_recorded_late()
    {
        var roundId = await OpenRound([DongNai.TanPhong]);

        // 00:00 on 1 February in Vietnam is still 31 January, 17:00, in UTC: late all the same.
        Clock.Reset(At(2025, 2, 1, 0, 0));
        var result = await Submit(roundId, DongNai.TanPhong);

        result.Late.Should().BeTrue();
        var stored = await StoredAssessment(roundId, DongNai.TanPhong);
        stored.SubmittedLate.Should().BeTrue();
        stored.State.Should().Be(AssessmentState.SelfAssessmentSubmitted);
        (await AuditTrail(roundId, DongNai.TanPhong))[^1].Summary.Should().Be("submitted the self-assessment of unit 25996, late");
    }

    [Fact]
    public async Task A_late_submission_is_refused_where_the_round_refuses_them_and_nothing_changes()
    {
        var roundId = await OpenRound([DongNai.TanPhong], refuseLateSubmissions: true);
        Clock.Reset(At(2025, 2, 3, 8, 0));

        var refusal = await RefusedWithoutChange<WorkflowException>(roundId, DongNai.TanPhong, () => Submit(roundId, DongNai.TanPhong));

        refusal.Message.Should().Be("The self-assessment of unit 25996 is refused: its deadline was 2025-01-31 and this round refuses late submissions.");
        (await StoredAssessment(roundId, DongNai.TanPhong)).State.Should().Be(AssessmentState.Draft);
    }

    [Fact]
    public async Task A_round_that_refuses_late_submissions_still_takes_one_in_time()
    {
        var roundId = await OpenRound([DongNai.TanPhong], refuseLateSubmissions: true);
        Clock.Reset(At(2025, 1, 31, 12, 0));

        (await Submit(roundId, DongNai.TanPhong)).Late.Should().BeFalse();
    }

    [Fact]
    public async Task Checking_deadlines_after_the_deadline_names_the_units_still_in_draft_and_publishes_overdue_notices()
    {
        var roundId = await OpenRound([DongNai.TanPhong, DongNai.BinhLoc, DongNai.TanPhu]);
        Clock.Reset(At(2025, 1, 30, 10, 0));
        await Submit(roundId, DongNai.BinhLoc);
        var audited = await AuditTrail(roundId, DongNai.TanPhong);

        Clock.Reset(At(2025, 2, 1, 8, 0));
        var overdue = await SendAs(Actors.Appraiser, new CheckDeadlines(roundId));

        overdue.Should().Equal(DongNai.TanPhong, DongNai.TanPhu);
        Notifications.Of<SelfAssessmentOverdue>().Should().Equal(
            new SelfAssessmentOverdue(roundId, DongNai.TanPhong, SelfAssessmentDeadline),
            new SelfAssessmentOverdue(roundId, DongNai.TanPhu, SelfAssessmentDeadline));
        (await AuditTrail(roundId, DongNai.TanPhong)).Should().Equal(audited, "checking deadlines is a query: nothing is audited");
    }

    [Fact]
    public async Task Checking_deadlines_on_the_deadline_day_finds_nothing_overdue()
    {
        var roundId = await OpenRound([DongNai.TanPhong, DongNai.BinhLoc]);
        Clock.Reset(At(2025, 1, 31, 23, 0));

        var overdue = await SendAs(Actors.Administrator, new CheckDeadlines(roundId));

        overdue.Should().BeEmpty();
        Notifications.Of<SelfAssessmentOverdue>().Should().BeEmpty();
    }

    [Fact]
    public async Task A_unit_officer_may_not_check_deadlines()
    {
        var roundId = await OpenRound([DongNai.TanPhong]);
        Clock.Reset(At(2025, 2, 1, 8, 0));

        var check = () => SendAs(Actors.OfficerOf(DongNai.TanPhong), new CheckDeadlines(roundId));

        (await check.Should().ThrowAsync<AuthorizationException>()).Which.Rule.Should().Be(Rules.ReaderInScope);
        Notifications.Of<SelfAssessmentOverdue>().Should().BeEmpty();
    }
}
