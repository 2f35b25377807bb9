using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Sessions.GetSessionSummary;
using FriendlyGov.Application.Sessions.HoldSession;
using FriendlyGov.Application.Sessions.ResolveSessionIssue;
using FriendlyGov.Application.Validation;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Conduct;
using FriendlyGov.Domain.Sessions;
using NodaTime;

namespace FriendlyGov.Application.Tests.Contract;

public abstract partial class WorkflowContract
{
    /// <summary>Phường Tân Phong's officer records a session, chaired by its head CB-017 unless told otherwise.</summary>
    private Task<Guid> HoldSession(LocalDate heldOn, string chairCode = "CB-017", params SessionIssue[] issues) =>
        SendAs(Actors.OfficerOf(DongNai.TanPhong), new HoldSession(Guid.NewGuid(), DongNai.TanPhong, heldOn, chairCode, 40, issues));

    private Task<bool> Resolve(Guid sessionId, int number, LocalDate on) =>
        SendAs(Actors.OfficerOf(DongNai.TanPhong), new ResolveSessionIssue(Guid.NewGuid(), sessionId, number, on));

    private async Task RegisterTanPhongOfficials()
    {
        await RegisterUnits();
        await RegisterOfficial("CB-017", DongNai.TanPhong, OfficialRole.Head);
        await RegisterOfficial("CB-021", DongNai.TanPhong, OfficialRole.Staff);
    }

    /// <summary>
    /// Three sessions in the fourth quarter of 2024, today 10 January 2025:
    /// S1 5 Oct (head): A due 20 Oct resolved 18 Oct (in time), B due 30 Nov resolved 2 Dec (late);
    /// S2 2 Nov (staff): C due 15 Dec, open (overdue 16 + 10 = 26 days);
    /// S3 7 Dec (head): D due 31 Jan 2025, open (not due in the quarter, not overdue).
    /// </summary>
    [Fact]
    public async Task A_units_sessions_add_up_to_sessions_per_month_head_chaired_share_in_time_share_and_overdue_issues()
    {
        await RegisterTanPhongOfficials();
        var s1 = await HoldSession(new LocalDate(2024, 10, 5), "CB-017",
            new SessionIssue("Đèn chiếu sáng hẻm 45 bị hỏng", new LocalDate(2024, 10, 20)), new SessionIssue("Rác thải tại chợ Tân Phong", new LocalDate(2024, 11, 30)));
        var s2 = await HoldSession(new LocalDate(2024, 11, 2), "CB-021", new SessionIssue("Ngập nước đường Nguyễn Ái Quốc", new LocalDate(2024, 12, 15)));
        await HoldSession(new LocalDate(2024, 12, 7), "CB-017", new SessionIssue("Sân chơi thiếu nhi", new LocalDate(2025, 1, 31)));

        (await Resolve(s1, 1, new LocalDate(2024, 10, 18))).Should().BeTrue("18 October is before the deadline of 20 October");
        (await Resolve(s1, 2, new LocalDate(2024, 12, 2))).Should().BeFalse("2 December is after the deadline of 30 November");

        var summary = await SendAs(Actors.Appraiser, new GetSessionSummary(DongNai.TanPhong, "2024-Q4"));

        summary.PerMonth.Should().Equal(
            new MonthCount(new YearMonth(2024, 10), 1), new MonthCount(new YearMonth(2024, 11), 1), new MonthCount(new YearMonth(2024, 12), 1));
        summary.ChairedByHead.Should().Be(new Share(2, 3), "S1 and S3 of three");
        summary.ResolvedByDeadline.Should().Be(new Share(1, 3), "A in time; B late; C open past its deadline; D not due in the quarter");
        summary.Overdue.Should().ContainSingle().Which.Should().Be(
            new OverdueIssue(s2, new LocalDate(2024, 11, 2), 1, "Ngập nước đường Nguyễn Ái Quốc", new LocalDate(2024, 12, 15), 26));

        var stored = await Stored<MorningSession>(s1);
        stored.ChairRole.Should().Be(OfficialRole.Head);
        stored.Issues.Select(i => i.ResolvedOn).Should().Equal(new LocalDate(2024, 10, 18), new LocalDate(2024, 12, 2));
        (await StoredAudit($"session/{s1}")).Select(e => e.Summary).Should().Equal(
            "recorded the \"Morning with the People\" session of unit 25996 on 2024-10-05, chaired by official CB-017 (head), 40 attending, 2 issues raised",
            "recorded issue 1 of the session of unit 25996 on 2024-10-05 as resolved on 2024-10-18, by its deadline 2024-10-20",
            "recorded issue 2 of the session of unit 25996 on 2024-10-05 as resolved on 2024-12-02, after its deadline 2024-11-30");
    }

    [Fact]
    public async Task A_session_is_refused_on_a_day_already_recorded_in_the_future_or_chaired_by_an_official_serving_elsewhere()
    {
        await RegisterTanPhongOfficials();
        await RegisterOfficial("CB-090", DongNai.BinhLoc, OfficialRole.Head);
        await HoldSession(new LocalDate(2024, 10, 5));

        var again = (await FluentActions.Awaiting(() => HoldSession(new LocalDate(2024, 10, 5), "CB-021")).Should().ThrowAsync<ValidationException>()).Which;
        var future = (await FluentActions.Awaiting(() => HoldSession(new LocalDate(2025, 1, 11))).Should().ThrowAsync<ValidationException>()).Which;
        var elsewhere = (await FluentActions.Awaiting(() => HoldSession(new LocalDate(2024, 10, 12), "CB-090")).Should().ThrowAsync<ValidationException>()).Which;

        again.Problems.Should().Equal(new Problem("heldOn", "unit 25996 already recorded a session on 2024-10-05"));
        future.Problems.Should().Equal(new Problem("heldOn", "2025-01-11 is after today, 2025-01-10: record a session once it was held"));
        elsewhere.Problems.Should().Equal(new Problem("chairCode", "official CB-090 did not serve in unit 25996 on 2024-10-12"));
        (await StoredCount<MorningSession>()).Should().Be(1);
    }

    [Fact]
    public async Task Resolving_an_issue_twice_or_one_the_session_lacks_names_the_field()
    {
        await RegisterTanPhongOfficials();
        var session = await HoldSession(new LocalDate(2024, 10, 5), "CB-017", new SessionIssue("Đèn đường", new LocalDate(2024, 10, 20)));
        await Resolve(session, 1, new LocalDate(2024, 10, 18));

        var twice = (await FluentActions.Awaiting(() => Resolve(session, 1, new LocalDate(2024, 10, 19))).Should().ThrowAsync<ValidationException>()).Which;
        var missing = (await FluentActions.Awaiting(() => Resolve(session, 2, new LocalDate(2024, 10, 19))).Should().ThrowAsync<ValidationException>()).Which;

        twice.Problems.Should().Equal(new Problem("issueNumber", "issue 1 of the session of 2024-10-05 was already resolved on 2024-10-18"));
        missing.Problems.Should().Equal(new Problem("issueNumber", "the session of 2024-10-05 has no issue 2; it has 1"));
        (await Stored<MorningSession>(session)).Issues[0].ResolvedOn.Should().Be(new LocalDate(2024, 10, 18));
    }

    [Fact]
    public async Task Only_the_units_officer_or_its_provinces_administrator_records_sessions_and_only_readers_in_scope_read_them()
    {
        await RegisterTanPhongOfficials();
        var byAdministrator = await SendAs(Actors.Administrator, new HoldSession(Guid.NewGuid(), DongNai.TanPhong, new LocalDate(2024, 10, 5), "CB-017", 12, []));

        var byOtherOfficer = () => SendAs(Actors.OfficerOf(DongNai.BinhLoc), new HoldSession(Guid.NewGuid(), DongNai.TanPhong, new LocalDate(2024, 10, 12), "CB-017", 12, []));
        var byAppraiser = () => SendAs(Actors.Appraiser, new ResolveSessionIssue(Guid.NewGuid(), byAdministrator, 1, new LocalDate(2024, 10, 6)));
        var readByOtherOfficer = () => SendAs(Actors.OfficerOf(DongNai.BinhLoc), new GetSessionSummary(DongNai.TanPhong, "2024"));

        (await byOtherOfficer.Should().ThrowAsync<AuthorizationException>()).Which.Rule.Should().Be(Rules.UnitOfficerOwnUnit);
        (await byAppraiser.Should().ThrowAsync<AuthorizationException>()).Which.Rule.Should().Be(Rules.UnitOfficerOwnUnit);
        (await readByOtherOfficer.Should().ThrowAsync<AuthorizationException>()).Which.Rule.Should().Be(Rules.ReaderInScope);
        (await SendAs(Actors.OfficerOf(DongNai.TanPhong), new GetSessionSummary(DongNai.TanPhong, "2024"))).Held.Should().Be(1);
    }

    [Fact]
    public async Task A_summary_of_a_bad_unit_code_or_period_is_refused_naming_both_fields()
    {
        var sessions = () => SendAs(Actors.Appraiser, new GetSessionSummary("2599", "2024-Q5"));
        var disclosures = () => SendAs(Actors.Appraiser, new Application.Disclosures.GetDisclosureSummary.GetDisclosureSummary("", "2024"));

        (await sessions.Should().ThrowAsync<ValidationException>()).Which.Problems.Should().Equal(
            new Problem("unitCode", "'2599' is not a unit code: five digits, such as 25996"),
            new Problem("period", "'2024-Q5' is not a period: write 2024, 2024-H1, 2024-Q2 or 2024-05"));
        (await disclosures.Should().ThrowAsync<ValidationException>()).Which.Problems.Should().Equal(new Problem("unitCode", "is required"));
    }
}
