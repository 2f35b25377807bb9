using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Conduct.ConfirmObservation;
using FriendlyGov.Application.Conduct.DismissObservation;
using FriendlyGov.Application.Conduct.GetConductSummary;
using FriendlyGov.Application.Conduct.MoveOfficial;
using FriendlyGov.Application.Conduct.RecordObservation;
using FriendlyGov.Application.Conduct.ReopenObservation;
using FriendlyGov.Application.Notifications;
using FriendlyGov.Application.Scorecards.GetFinalScorecard;
using FriendlyGov.Application.Scorecards.GetLiveScorecard;
using FriendlyGov.Domain.Assessments;
using FriendlyGov.Domain.Conduct;
using NodaTime;

namespace FriendlyGov.Application.Tests.Contract;

public abstract partial class WorkflowContract
{
    [Fact]
    public async Task Recording_an_observation_again_under_the_same_key_returns_the_first_and_adds_nothing()
    {
        await RegisterUnits();
        await RegisterOfficial("CB-017", DongNai.TanPhong, OfficialRole.Head);

        var first = await Observe("CB-017", "4X.2", new LocalDate(2024, 4, 9), "PA-2024-017");
        var again = await SendAs(Actors.OfficerOf(DongNai.TanPhong), new RecordObservation(
            Guid.NewGuid(), "CB-017", "4X.2", new LocalDate(2024, 4, 9), ObservationSource.Supervisor, "  PA-2024-017 ", "Cùng một phản ánh, gửi lại"));
        var other = await Observe("CB-017", "4X.2", new LocalDate(2024, 4, 9), "PA-2024-018");

        first.IsNew.Should().BeTrue();
        again.Should().Be(new ObservationRecorded(first.ObservationId, false), "the same official, rule, date and reference is the same observation");
        other.IsNew.Should().BeTrue("another reference is another observation");
        other.ObservationId.Should().NotBe(first.ObservationId);
        (await StoredCount<ConductObservation>()).Should().Be(2);
        (await Stored<ConductObservation>(first.ObservationId)).Account.Should().Be("Phản ánh của người dân về 4X.2");
    }

    /// <summary>
    /// Phường Tân Phong records no evidence, so only the conduct indicators score: G4.2.2 3 of 3
    /// (head's breaches of SMILE, 4X, 4L, 5K, 1 point each per weight) and G5.3.1 5 of 5 (anyone's
    /// SMILE, 4X, 4L). All the rules here are minor, weight 1.
    /// </summary>
    [Fact]
    public async Task Confirming_dismissing_and_reopening_observations_moves_the_live_score_of_the_unit()
    {
        var roundId = await OpenRound([DongNai.TanPhong]);
        await RegisterOfficial("CB-017", DongNai.TanPhong, OfficialRole.Head);
        await RegisterOfficial("CB-021", DongNai.TanPhong, OfficialRole.Staff);
        async Task<decimal> Live() => (await SendAs(Actors.Appraiser, new GetLiveScorecard(roundId, DongNai.TanPhong))).Total;

        var smile = await Observe("CB-021", "SMILE", new LocalDate(2024, 3, 5), "PA-2024-031");
        var please = await Observe("CB-017", "4X.2", new LocalDate(2024, 4, 9), "PA-2024-017");
        var always = await Observe("CB-021", "4L.1", new LocalDate(2024, 6, 12), "PA-2024-052");
        (await Live()).Should().Be(8m, "reported observations do not count: 3 + 5");

        Clock.Reset(At(2025, 1, 12, 9, 0));
        (await SendAs(Actors.Appraiser, new ConfirmObservation(Guid.NewGuid(), smile.ObservationId, "Xác minh đúng"))).Should().Be(ObservationStatus.Confirmed);
        (await Live()).Should().Be(7m, "the staff member's SMILE: G5.3.1 5 − 1 = 4; G4.2.2 counts the head only");

        await SendAs(Actors.Appraiser, new ConfirmObservation(Guid.NewGuid(), please.ObservationId, "Xác minh đúng"));
        (await Live()).Should().Be(5m, "the head's 4X.2: G4.2.2 3 − 1 = 2 and G5.3.1 4 − 1 = 3");

        (await SendAs(Actors.Administrator, new DismissObservation(Guid.NewGuid(), always.ObservationId, "Không có căn cứ"))).Should().Be(ObservationStatus.Dismissed);
        (await Live()).Should().Be(5m, "a dismissed observation does not count");

        Clock.Reset(At(2025, 1, 14, 9, 0));
        (await SendAs(Actors.Appraiser, new ReopenObservation(Guid.NewGuid(), smile.ObservationId, "Cán bộ khiếu nại kết quả xác minh"))).Should().Be(ObservationStatus.Reported);
        (await Live()).Should().Be(6m, "the reopened SMILE no longer counts: G4.2.2 2, G5.3.1 5 − 1 = 4");

        Notifications.Of<ConductBreachConfirmed>().Should().Equal(
            new ConductBreachConfirmed(smile.ObservationId, "CB-021", DongNai.TanPhong, "SMILE", new LocalDate(2024, 3, 5)),
            new ConductBreachConfirmed(please.ObservationId, "CB-017", DongNai.TanPhong, "4X.2", new LocalDate(2024, 4, 9)));
        var history = (await Stored<ConductObservation>(smile.ObservationId)).History;
        history.Select(s => (s.Status, s.By, s.At)).Should().Equal(
            (ObservationStatus.Reported, "appraiser-dong-nai", At(2025, 1, 10, 9, 0)),
            (ObservationStatus.Confirmed, "appraiser-dong-nai", At(2025, 1, 12, 9, 0)),
            (ObservationStatus.Reported, "appraiser-dong-nai", At(2025, 1, 14, 9, 0)));
        (await StoredAudit($"observation/{smile.ObservationId}")).Select(e => e.Action)
            .Should().Equal(nameof(RecordObservation), nameof(ConfirmObservation), nameof(ReopenObservation));
    }

    [Fact]
    public async Task A_refusal_by_the_domain_reaches_the_caller_as_a_workflow_error_that_keeps_the_domains_refusal()
    {
        await RegisterUnits();
        await RegisterOfficial("CB-017", DongNai.TanPhong, OfficialRole.Head);
        var observation = await Observe("CB-017", "4X.2", new LocalDate(2024, 4, 9), "PA-2024-017");

        var reopen = () => SendAs(Actors.Appraiser, new ReopenObservation(Guid.NewGuid(), observation.ObservationId, "Khiếu nại"));

        var refusal = (await reopen.Should().ThrowAsync<WorkflowException>()).Which;
        refusal.Rule.Should().Be(Domain.DomainRules.ObservationDueProcess);
        refusal.InnerException.Should().BeOfType<Domain.DomainRuleException>()
            .Which.Message.Should().Be("The observation of 4X.2 by CB-017 on 2024-04-09 is still reported; only a confirmed or dismissed one can be reopened.");
        refusal.Message.Should().Be(refusal.InnerException!.Message);
    }

    [Fact]
    public async Task A_fault_in_a_domain_call_fails_as_a_fault_not_as_a_workflow_refusal()
    {
        await RegisterUnits();
        await RegisterOfficial("CB-017", DongNai.TanPhong, OfficialRole.Head);
        var observation = await Observe("CB-017", "4X.2", new LocalDate(2024, 4, 9), "PA-2024-017");
        var subject = $"observation/{observation.ObservationId}";
        var audited = await StoredAudit(subject);

        // The report was taken at 09:00 in Vietnam (02:00 UTC); a host clock set back to 08:00 (01:00 UTC)
        // makes the domain's InvalidOperationException, a fault of the host, not a rule the caller broke.
        Clock.Reset(At(2025, 1, 10, 8, 0));
        var confirm = () => SendAs(Actors.Appraiser, new ConfirmObservation(Guid.NewGuid(), observation.ObservationId, "Xác minh đúng"));

        (await confirm.Should().ThrowAsync<InvalidOperationException>())
            .WithMessage("A step at 2025-01-10T01:00:00Z cannot come before the previous one at 2025-01-10T02:00:00Z.");
        (await Stored<ConductObservation>(observation.ObservationId)).History.Should().ContainSingle();
        (await StoredAudit(subject)).Should().Equal(audited);
    }

    [Fact]
    public async Task A_decision_out_of_order_is_a_workflow_error_and_changes_nothing()
    {
        await RegisterUnits();
        await RegisterOfficial("CB-017", DongNai.TanPhong, OfficialRole.Head);
        var observation = await Observe("CB-017", "4X.2", new LocalDate(2024, 4, 9), "PA-2024-017");
        var subject = $"observation/{observation.ObservationId}";

        var reopen = () => SendAs(Actors.Appraiser, new ReopenObservation(Guid.NewGuid(), observation.ObservationId, "Khiếu nại"));
        (await reopen.Should().ThrowAsync<WorkflowException>()).Which.Message.Should().Contain("is still reported");

        await SendAs(Actors.Appraiser, new ConfirmObservation(Guid.NewGuid(), observation.ObservationId, "Xác minh đúng"));
        var audited = await StoredAudit(subject);
        var published = Notifications.All().Count;

        var confirmAgain = () => SendAs(Actors.Appraiser, new ConfirmObservation(Guid.NewGuid(), observation.ObservationId, "Xác minh lại"));
        var dismiss = () => SendAs(Actors.Appraiser, new DismissObservation(Guid.NewGuid(), observation.ObservationId, "Bác bỏ"));
        (await confirmAgain.Should().ThrowAsync<WorkflowException>()).Which.Message.Should().Contain("already confirmed");
        (await dismiss.Should().ThrowAsync<WorkflowException>()).Which.Message.Should().Contain("reopen it on appeal first");

        (await Stored<ConductObservation>(observation.ObservationId)).History.Should().HaveCount(2);
        (await StoredAudit(subject)).Should().Equal(audited);
        Notifications.All().Should().HaveCount(published);
    }

    [Fact]
    public async Task A_breach_confirmed_after_finalization_lowers_the_live_score_but_not_the_final_one()
    {
        var roundId = await OpenRound([DongNai.TanPhong]);
        await RegisterOfficial("CB-021", DongNai.TanPhong, OfficialRole.Staff);
        await RecordSelf(roundId, DongNai.TanPhong, FullMarks.All);
        await Reach(roundId, DongNai.TanPhong, AssessmentState.Finalized);

        var observation = await Observe("CB-021", "SMILE", new LocalDate(2024, 11, 2), "PA-2024-140");
        await SendAs(Actors.Appraiser, new ConfirmObservation(Guid.NewGuid(), observation.ObservationId, "Xác minh đúng"));

        (await SendAs(Actors.Appraiser, new GetFinalScorecard(roundId, DongNai.TanPhong)))!.Total.Should().Be(100m);
        (await SendAs(Actors.Appraiser, new GetLiveScorecard(roundId, DongNai.TanPhong))).Total.Should().Be(99m, "G5.3.1 5 − 1 = 4");
    }

    [Fact]
    public async Task A_breach_stays_with_the_unit_where_the_official_served_after_they_move()
    {
        var roundId = await OpenRound([DongNai.TanPhong, DongNai.BinhLoc]);
        await RegisterOfficial("CB-021", DongNai.TanPhong, OfficialRole.Staff);
        await SendAs(Actors.Administrator, new MoveOfficial(Guid.NewGuid(), "CB-021", DongNai.BinhLoc, OfficialRole.Deputy, new LocalDate(2024, 7, 1)));

        var before = await Observe("CB-021", "4L.2", new LocalDate(2024, 6, 30), "PA-2024-060");
        var after = await Observe("CB-021", "4L.2", new LocalDate(2024, 7, 1), "PA-2024-061");
        await SendAs(Actors.Appraiser, new ConfirmObservation(Guid.NewGuid(), before.ObservationId, "Xác minh đúng"));

        (await Stored<ConductObservation>(before.ObservationId)).UnitCode.Should().Be(DongNai.TanPhong);
        (await Stored<ConductObservation>(after.ObservationId)).UnitCode.Should().Be(DongNai.BinhLoc);
        (await SendAs(Actors.Appraiser, new GetLiveScorecard(roundId, DongNai.TanPhong))).Total.Should().Be(7m, "G5.3.1 5 − 1 = 4, plus G4.2.2 3");
        (await SendAs(Actors.Appraiser, new GetLiveScorecard(roundId, DongNai.BinhLoc))).Total.Should().Be(8m);
        (await StoredAudit("official/CB-021")).Select(e => e.Action).Should().Equal(nameof(Conduct.RegisterOfficial.RegisterOfficial), nameof(MoveOfficial));
    }

    /// <summary>
    /// Observations reported on 10 January 2025 (09:00 in Vietnam) and read on 20 February 2025:
    /// 41 days, more than the default 30, so every one still pending is overdue. In 2024, unit
    /// 25996 has SMILE (confirmed, then reopened: pending), 4X.2 (confirmed) and 4L.1 (dismissed);
    /// in 2023, 4X.1 (pending). Unit 26089 has a 5K.1 in 2024 (pending).
    /// </summary>
    [Fact]
    public async Task The_conduct_summary_counts_each_status_against_the_previous_period()
    {
        await RegisterUnits();
        await RegisterOfficial("CB-017", DongNai.TanPhong, OfficialRole.Head);
        await RegisterOfficial("CB-021", DongNai.TanPhong, OfficialRole.Staff);
        await RegisterOfficial("CB-040", DongNai.BinhLoc, OfficialRole.Staff);
        var smile = await Observe("CB-021", "SMILE", new LocalDate(2024, 3, 5), "PA-2024-031");
        var please = await Observe("CB-017", "4X.2", new LocalDate(2024, 4, 9), "PA-2024-017");
        var always = await Observe("CB-021", "4L.1", new LocalDate(2024, 6, 12), "PA-2024-052");
        await Observe("CB-021", "4X.1", new LocalDate(2023, 11, 20), "PA-2023-104");
        await Observe("CB-040", "5K.1", new LocalDate(2024, 7, 1), "TTr-2024-012");
        Clock.Reset(At(2025, 1, 12, 9, 0));
        await SendAs(Actors.Appraiser, new ConfirmObservation(Guid.NewGuid(), smile.ObservationId, "Xác minh đúng"));
        await SendAs(Actors.Appraiser, new ConfirmObservation(Guid.NewGuid(), please.ObservationId, "Xác minh đúng"));
        await SendAs(Actors.Appraiser, new DismissObservation(Guid.NewGuid(), always.ObservationId, "Không có căn cứ"));
        await SendAs(Actors.Appraiser, new ReopenObservation(Guid.NewGuid(), smile.ObservationId, "Khiếu nại"));
        Clock.Reset(At(2025, 2, 20, 9, 0));

        var byUnit = await SendAs(Actors.Appraiser, new GetConductSummary(DongNai.Province, "2024", ConductGrouping.Unit));
        byUnit.Should().Equal(
            new ConductSummaryRow(DongNai.TanPhong, new ConductTally(3, 1, 1, 1, 1), new ConductTally(1, 0, 0, 1, 1)),
            new ConductSummaryRow(DongNai.BinhLoc, new ConductTally(1, 0, 0, 1, 1), ConductTally.None));
        byUnit[0].Change.Should().Be(new ConductTally(2, 1, 1, 0, 0));

        var byGroup = await SendAs(Actors.Administrator, new GetConductSummary(DongNai.Province, "2024", ConductGrouping.RuleGroup));
        byGroup.Should().Equal(
            new ConductSummaryRow("4L", new ConductTally(1, 0, 1, 0, 0), ConductTally.None),
            new ConductSummaryRow("4X", new ConductTally(1, 1, 0, 0, 0), new ConductTally(1, 0, 0, 1, 1)),
            new ConductSummaryRow("5K", new ConductTally(1, 0, 0, 1, 1), ConductTally.None),
            new ConductSummaryRow("SMILE", new ConductTally(1, 0, 0, 1, 1), ConductTally.None));

        var all = await SendAs(Actors.Appraiser, new GetConductSummary(DongNai.Province, "2024", ConductGrouping.All, OverdueAfterDays: 60));
        all.Should().Equal(new ConductSummaryRow("*", new ConductTally(4, 1, 1, 2, 0), new ConductTally(1, 0, 0, 1, 0)));

        var byOfficer = () => SendAs(Actors.OfficerOf(DongNai.TanPhong), new GetConductSummary(DongNai.Province, "2024", ConductGrouping.Unit));
        (await byOfficer.Should().ThrowAsync<AuthorizationException>()).Which.Rule.Should().Be(Rules.ReaderInScope);
    }
}
