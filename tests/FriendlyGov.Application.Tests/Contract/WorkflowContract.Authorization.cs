using FriendlyGov.Application.Assessments.Appeal;
using FriendlyGov.Application.Assessments.Finalize;
using FriendlyGov.Application.Assessments.RecordEvidence;
using FriendlyGov.Application.Assessments.StartAppraisal;
using FriendlyGov.Application.Assessments.SubmitSelfAssessment;
using FriendlyGov.Application.Audit.GetAuditTrail;
using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Conduct.ConfirmObservation;
using FriendlyGov.Application.Conduct.DismissObservation;
using FriendlyGov.Application.Conduct.RecordObservation;
using FriendlyGov.Application.Ports;
using FriendlyGov.Application.Rounds.Open;
using FriendlyGov.Application.Scorecards.GetLiveScorecard;
using FriendlyGov.Application.Units.Register;
using FriendlyGov.Domain.Assessments;
using FriendlyGov.Domain.Conduct;
using FriendlyGov.Domain.Evidence;
using FriendlyGov.Domain.Units;
using NodaTime;

namespace FriendlyGov.Application.Tests.Contract;

public abstract partial class WorkflowContract
{
    [Fact]
    public async Task A_unit_officer_records_and_submits_for_their_own_unit()
    {
        var roundId = await OpenRound([DongNai.TanPhong, DongNai.BinhLoc]);

        (await RecordSelf(roundId, DongNai.TanPhong, "G1.1.2", new IndicatorEvidence { Met = true })).Should().Be(1);
        (await Submit(roundId, DongNai.TanPhong)).Late.Should().BeFalse();
    }

    [Fact]
    public async Task A_unit_officer_of_another_unit_may_neither_record_nor_submit()
    {
        var roundId = await OpenRound([DongNai.TanPhong, DongNai.BinhLoc]);
        var officerOfBinhLoc = Actors.OfficerOf(DongNai.BinhLoc);

        await RefusedByRule(roundId, DongNai.TanPhong, Rules.UnitOfficerOwnUnit, () =>
            SendAs(officerOfBinhLoc, new RecordEvidence(Guid.NewGuid(), roundId, DongNai.TanPhong, "G1.1.2", EvidenceSource.Self, new IndicatorEvidence { Met = true })));
        await RefusedByRule(roundId, DongNai.TanPhong, Rules.UnitOfficerOwnUnit, () =>
            SendAs(officerOfBinhLoc, new SubmitSelfAssessment(Guid.NewGuid(), roundId, DongNai.TanPhong)));
    }

    [Fact]
    public async Task A_unit_officer_may_not_record_appraised_evidence_even_for_their_own_unit()
    {
        var roundId = await OpenRound([DongNai.TanPhong]);
        await Reach(roundId, DongNai.TanPhong, AssessmentState.UnderAppraisal);

        await RefusedByRule(roundId, DongNai.TanPhong, Rules.AppraiserInScope, () =>
            SendAs(Actors.OfficerOf(DongNai.TanPhong), new RecordEvidence(Guid.NewGuid(), roundId, DongNai.TanPhong, "G1.1.2", EvidenceSource.Appraisal, new IndicatorEvidence { Met = true })));
    }

    [Fact]
    public async Task An_appraiser_of_another_province_may_not_appraise()
    {
        var roundId = await OpenRound([DongNai.TanPhong]);
        await Reach(roundId, DongNai.TanPhong, AssessmentState.SelfAssessmentSubmitted);

        var refusal = await RefusedByRule(roundId, DongNai.TanPhong, Rules.AppraiserInScope, () =>
            SendAs(Actors.AppraiserOfBinhDuong, new StartAppraisal(Guid.NewGuid(), roundId, DongNai.TanPhong)));

        refusal.Message.Should().Be("StartAppraisal by appraiser-binh-duong is refused by rule 'appraiser-in-scope': only an appraiser of Đồng Nai may do this");
    }

    [Fact]
    public async Task An_appraiser_never_appraises_their_own_unit_but_appraises_others()
    {
        var roundId = await OpenRound([DongNai.TanPhong, DongNai.BinhLoc]);
        await Reach(roundId, DongNai.TanPhong, AssessmentState.SelfAssessmentSubmitted);
        await Reach(roundId, DongNai.BinhLoc, AssessmentState.SelfAssessmentSubmitted);

        await RefusedByRule(roundId, DongNai.TanPhong, Rules.AppraiserNotOwnUnit, () =>
            SendAs(Actors.AppraiserOfTanPhong, new StartAppraisal(Guid.NewGuid(), roundId, DongNai.TanPhong)));

        await SendAs(Actors.AppraiserOfTanPhong, new StartAppraisal(Guid.NewGuid(), roundId, DongNai.BinhLoc));
        await SendAs(Actors.AppraiserOfTanPhong, new RecordEvidence(Guid.NewGuid(), roundId, DongNai.BinhLoc, "G1.1.2", EvidenceSource.Appraisal, new IndicatorEvidence { Met = true }));
        (await StoredAssessment(roundId, DongNai.BinhLoc)).State.Should().Be(AssessmentState.UnderAppraisal);

        await StartAppraisal(roundId, DongNai.TanPhong);
        await RefusedByRule(roundId, DongNai.TanPhong, Rules.AppraiserNotOwnUnit, () =>
            SendAs(Actors.AppraiserOfTanPhong, new RecordEvidence(Guid.NewGuid(), roundId, DongNai.TanPhong, "G1.1.2", EvidenceSource.Appraisal, new IndicatorEvidence { Met = false })));
    }

    [Fact]
    public async Task Only_a_province_administrator_opens_a_round()
    {
        await RegisterUnits();
        var open = new OpenRound(Guid.NewGuid(), DongNai.Framework, "2024", DongNai.Province, [DongNai.TanPhong], SelfAssessmentDeadline, AppraisalDeadline);

        foreach (var actor in new[] { Actors.Appraiser, Actors.OfficerOf(DongNai.TanPhong), Actors.AdministratorOfBinhDuong })
        {
            var send = () => SendAs(actor, open);
            (await send.Should().ThrowAsync<AuthorizationException>()).Which.Rule.Should().Be(Rules.ProvinceAdministrator);
        }

        (await StoredCount<AssessmentRound>()).Should().Be(0);
        (await StoredCount<Assessment>()).Should().Be(0);
        (await SendAs(Actors.Administrator, open)).Should().NotBeEmpty();
        (await StoredCount<AssessmentRound>()).Should().Be(1);
    }

    [Fact]
    public async Task Only_a_province_administrator_registers_units()
    {
        var register = () => SendAs(Actors.Appraiser, new RegisterUnits(Guid.NewGuid(), DongNai.Registrations));

        (await register.Should().ThrowAsync<AuthorizationException>()).Which.Rule.Should().Be(Rules.ProvinceAdministrator);
        (await StoredCount<AdministrativeUnit>()).Should().Be(0);
        (await StoredAudit("units")).Should().BeEmpty();
    }

    [Fact]
    public async Task Only_a_province_administrator_of_the_round_finalizes()
    {
        var roundId = await OpenRound([DongNai.TanPhong]);
        await Reach(roundId, DongNai.TanPhong, AssessmentState.Appraised);

        foreach (var actor in new[] { Actors.Appraiser, Actors.OfficerOf(DongNai.TanPhong), Actors.AdministratorOfBinhDuong })
        {
            await RefusedByRule(roundId, DongNai.TanPhong, Rules.ProvinceAdministrator, () =>
                SendAs(actor, new FinalizeAssessment(Guid.NewGuid(), roundId, DongNai.TanPhong)));
        }

        (await Finalize(roundId, DongNai.TanPhong)).Total.Should().Be(8m, "with no evidence only the two conduct indicators score: 3 + 5");
    }

    [Fact]
    public async Task Only_a_province_administrator_reopens_on_appeal()
    {
        var roundId = await OpenRound([DongNai.TanPhong]);
        await Reach(roundId, DongNai.TanPhong, AssessmentState.Finalized);

        foreach (var actor in new[] { Actors.Appraiser, Actors.OfficerOf(DongNai.TanPhong), Actors.AdministratorOfBinhDuong })
        {
            await RefusedByRule(roundId, DongNai.TanPhong, Rules.ProvinceAdministrator, () =>
                SendAs(actor, new FileAppeal(Guid.NewGuid(), roundId, DongNai.TanPhong, "Khiếu nại")));
        }

        await Appeal(roundId, DongNai.TanPhong);
        (await StoredAssessment(roundId, DongNai.TanPhong)).State.Should().Be(AssessmentState.Reopened);
    }

    [Fact]
    public async Task An_official_never_confirms_or_dismisses_an_observation_about_themselves()
    {
        await RegisterUnits();
        await RegisterOfficial("CB-017", DongNai.TanPhong, OfficialRole.Head);
        var observation = await Observe("CB-017", "4X.2", new LocalDate(2024, 4, 9), "PA-2024-017");
        var subject = $"observation/{observation.ObservationId}";
        var audited = await StoredAudit(subject);

        foreach (var decide in new Func<Task>[]
        {
            () => SendAs(Actors.AppraiserWhoIs("CB-017"), new ConfirmObservation(Guid.NewGuid(), observation.ObservationId, "Tự xác nhận")),
            () => SendAs(Actors.AppraiserWhoIs("CB-017"), new DismissObservation(Guid.NewGuid(), observation.ObservationId, "Tự bác bỏ")),
        })
        {
            var refusal = (await decide.Should().ThrowAsync<AuthorizationException>()).Which;
            refusal.Rule.Should().Be(Rules.NoSelfConfirmation);
            refusal.Message.Should().Contain("no-self-confirmation").And.Contain("CB-017");
        }

        (await Stored<ConductObservation>(observation.ObservationId)).Status.Should().Be(ObservationStatus.Reported);
        (await StoredAudit(subject)).Should().Equal(audited);

        // Another official who appraises in the province may confirm it.
        (await SendAs(Actors.AppraiserWhoIs("CB-021"), new ConfirmObservation(Guid.NewGuid(), observation.ObservationId, "Xác minh đúng")))
            .Should().Be(ObservationStatus.Confirmed);
    }

    [Fact]
    public async Task Only_an_appraiser_or_administrator_of_the_province_decides_an_observation()
    {
        await RegisterUnits();
        await RegisterOfficial("CB-017", DongNai.TanPhong, OfficialRole.Head);
        var observation = await Observe("CB-017", "4X.2", new LocalDate(2024, 4, 9), "PA-2024-017");

        foreach (var actor in new[] { Actors.OfficerOf(DongNai.TanPhong), Actors.AppraiserOfBinhDuong, Actors.AdministratorOfBinhDuong })
        {
            var confirm = () => SendAs(actor, new ConfirmObservation(Guid.NewGuid(), observation.ObservationId, "Xác minh đúng"));
            (await confirm.Should().ThrowAsync<AuthorizationException>()).Which.Rule.Should().Be(Rules.ConductDecider);
        }

        (await Stored<ConductObservation>(observation.ObservationId)).Status.Should().Be(ObservationStatus.Reported);
        (await SendAs(Actors.Administrator, new ConfirmObservation(Guid.NewGuid(), observation.ObservationId, "Xác minh đúng")))
            .Should().Be(ObservationStatus.Confirmed);
    }

    [Fact]
    public async Task A_unit_officer_records_observations_about_officials_of_their_own_unit_only()
    {
        await RegisterUnits();
        await RegisterOfficial("CB-017", DongNai.TanPhong, OfficialRole.Head);
        var record = new RecordObservation(Guid.NewGuid(), "CB-017", "4X.2", new LocalDate(2024, 4, 9), ObservationSource.Supervisor, "BC-2024-009", "Không xin lỗi khi hồ sơ trễ hẹn");

        var byOtherUnit = () => SendAs(Actors.OfficerOf(DongNai.BinhLoc), record);
        (await byOtherUnit.Should().ThrowAsync<AuthorizationException>()).Which.Rule.Should().Be(Rules.ConductDecider);
        (await StoredCount<ConductObservation>()).Should().Be(0);

        (await SendAs(Actors.OfficerOf(DongNai.TanPhong), record)).IsNew.Should().BeTrue();
    }

    [Fact]
    public async Task A_unit_officer_reads_their_own_unit_but_not_another()
    {
        var roundId = await OpenRound([DongNai.TanPhong, DongNai.BinhLoc]);

        (await SendAs(Actors.OfficerOf(DongNai.TanPhong), new GetLiveScorecard(roundId, DongNai.TanPhong))).Total.Should().Be(8m);

        var readOther = () => SendAs(Actors.OfficerOf(DongNai.BinhLoc), new GetLiveScorecard(roundId, DongNai.TanPhong));
        (await readOther.Should().ThrowAsync<AuthorizationException>()).Which.Rule.Should().Be(Rules.ReaderInScope);
        var readAudit = () => SendAs(Actors.OfficerOf(DongNai.TanPhong), new GetAuditTrail(roundId, DongNai.TanPhong));
        (await readAudit.Should().ThrowAsync<AuthorizationException>()).Which.Rule.Should().Be(Rules.ReaderInScope);
    }

    [Fact]
    public async Task An_actor_with_no_role_is_refused_everything()
    {
        var roundId = await OpenRound([DongNai.TanPhong]);
        var nobody = new Actor("nobody", new HashSet<ActorRole>(), DongNai.Province, DongNai.TanPhong);

        await RefusedByRule(roundId, DongNai.TanPhong, Rules.UnitOfficerOwnUnit, () => SendAs(nobody, new SubmitSelfAssessment(Guid.NewGuid(), roundId, DongNai.TanPhong)));
        await RefusedByRule(roundId, DongNai.TanPhong, Rules.ProvinceAdministrator, () => SendAs(nobody, new FinalizeAssessment(Guid.NewGuid(), roundId, DongNai.TanPhong)));
    }

    private async Task<AuthorizationException> RefusedByRule(Guid roundId, string unitCode, string rule, Func<Task> send)
    {
        var refusal = await RefusedWithoutChange<AuthorizationException>(roundId, unitCode, send);
        refusal.Rule.Should().Be(rule);
        refusal.Message.Should().Contain($"rule '{rule}'");
        return refusal;
    }
}
