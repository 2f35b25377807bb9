using FriendlyGov.Application.Assessments.Finalize;
using FriendlyGov.Application.Assessments.RecordEvidence;
using FriendlyGov.Application.Assessments.SubmitSelfAssessment;
using FriendlyGov.Application.Conduct.RecordObservation;
using FriendlyGov.Application.Notifications;
using FriendlyGov.Application.Validation;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Assessments;
using FriendlyGov.Domain.Conduct;
using FriendlyGov.Domain.Evidence;
using NodaTime;

namespace FriendlyGov.Application.Tests.Contract;

public abstract partial class WorkflowContract
{
    [Fact]
    public async Task Evidence_sent_twice_with_the_same_request_id_is_recorded_once()
    {
        var roundId = await OpenRound([DongNai.TanPhong]);
        var record = new RecordEvidence(Guid.NewGuid(), roundId, DongNai.TanPhong, "G1.1.2", EvidenceSource.Self, new IndicatorEvidence { Met = true });

        var first = await SendAs(Actors.OfficerOf(DongNai.TanPhong), record);
        Clock.AdvanceMinutes(5);
        var retried = await SendAs(Actors.OfficerOf(DongNai.TanPhong), record);

        first.Should().Be(1);
        retried.Should().Be(1, "a retry returns the first result");
        (await StoredAssessment(roundId, DongNai.TanPhong)).Evidence.Should().ContainSingle();
        (await AuditTrail(roundId, DongNai.TanPhong)).Should().ContainSingle();
    }

    [Fact]
    public async Task An_observation_sent_twice_with_the_same_request_id_is_recorded_and_audited_once()
    {
        await RegisterUnits();
        await RegisterOfficial("CB-017", DongNai.TanPhong, OfficialRole.Head);
        var record = new RecordObservation(Guid.NewGuid(), "CB-017", "4X.2", new LocalDate(2024, 4, 9), ObservationSource.CitizenReport, "PA-2024-017", "Không xin lỗi khi hồ sơ trễ hẹn");

        var first = await SendAs(Actors.Appraiser, record);
        var retried = await SendAs(Actors.Appraiser, record);

        retried.Should().Be(first);
        first.IsNew.Should().BeTrue("the retry returns the first result, not a fresh look-up");
        (await StoredCount<ConductObservation>()).Should().Be(1);
        (await StoredAudit($"observation/{first.ObservationId}")).Should().ContainSingle();
    }

    [Fact]
    public async Task A_finalization_retried_returns_the_first_scorecard_and_finalizes_once()
    {
        var roundId = await OpenRound([DongNai.TanPhong]);
        await Reach(roundId, DongNai.TanPhong, AssessmentState.Appraised);
        var finalize = new FinalizeAssessment(Guid.NewGuid(), roundId, DongNai.TanPhong);

        var first = await SendAs(Actors.Administrator, finalize);
        var retried = await SendAs(Actors.Administrator, finalize);

        retried.Should().BeEquivalentTo(first);
        (await AuditTrail(roundId, DongNai.TanPhong)).Count(e => e.Action == nameof(FinalizeAssessment)).Should().Be(1);
        Notifications.Of<AssessmentFinalized>().Should().ContainSingle();
    }

    [Fact]
    public async Task A_request_id_reused_for_another_command_is_refused_and_changes_nothing()
    {
        var roundId = await OpenRound([DongNai.TanPhong]);
        var requestId = Guid.NewGuid();
        await SendAs(Actors.OfficerOf(DongNai.TanPhong), new RecordEvidence(requestId, roundId, DongNai.TanPhong, "G1.1.2", EvidenceSource.Self, new IndicatorEvidence { Met = true }));

        var failure = await RefusedWithoutChange<ValidationException>(roundId, DongNai.TanPhong, () =>
            SendAs(Actors.OfficerOf(DongNai.TanPhong), new SubmitSelfAssessment(requestId, roundId, DongNai.TanPhong)));

        failure.Problems.Should().Equal(new Problem("requestId", $"{requestId} was already used for a different request; send each new command with a new id"));
        (await StoredAssessment(roundId, DongNai.TanPhong)).State.Should().Be(AssessmentState.Draft);
    }

    [Fact]
    public async Task A_request_id_of_another_units_officer_is_refused_without_revealing_their_request()
    {
        // The reproduction: 26089's officer sends, for 26089 and another indicator, the RequestId 25996's
        // officer used. Before, the library answered with 25996's result and recorded nothing.
        var roundId = await OpenRound([DongNai.TanPhong, DongNai.BinhLoc]);
        var requestId = Guid.NewGuid();
        await SendAs(Actors.OfficerOf(DongNai.TanPhong), new RecordEvidence(requestId, roundId, DongNai.TanPhong, "G1.1.2", EvidenceSource.Self, new IndicatorEvidence { Met = true }));
        var tanPhong = await Picture(roundId, DongNai.TanPhong);

        var failure = await RefusedWithoutChange<ValidationException>(roundId, DongNai.BinhLoc, () =>
            SendAs(Actors.OfficerOf(DongNai.BinhLoc), new RecordEvidence(requestId, roundId, DongNai.BinhLoc, "G4.2.2", EvidenceSource.Self, new IndicatorEvidence { Met = true })));

        failure.Message.Should().Be($"RecordEvidence is not valid: requestId: {requestId} was already used for a different request; send each new command with a new id", "it names only what 26089's officer sent");
        failure.Problems.Should().Equal(new Problem("requestId", $"{requestId} was already used for a different request; send each new command with a new id"));
        (await StoredAssessment(roundId, DongNai.BinhLoc)).Evidence.Should().BeEmpty();
        (await Picture(roundId, DongNai.TanPhong)).Should().BeEquivalentTo(tanPhong, "the first request's unit is untouched too");
    }

    [Fact]
    public async Task The_same_request_sent_again_by_another_actor_is_refused()
    {
        // Two officers of 25996, both allowed to send it; only the first sender gets the first result back.
        var colleague = Actors.OfficerOf(DongNai.TanPhong) with { Id = "officer-25996-deputy" };
        var roundId = await OpenRound([DongNai.TanPhong]);
        var record = new RecordEvidence(Guid.NewGuid(), roundId, DongNai.TanPhong, "G1.1.2", EvidenceSource.Self, new IndicatorEvidence { Met = true });
        await SendAs(Actors.OfficerOf(DongNai.TanPhong), record);

        var failure = await RefusedWithoutChange<ValidationException>(roundId, DongNai.TanPhong, () => SendAs(colleague, record));

        failure.Problems.Should().ContainSingle().Which.Path.Should().Be("requestId");
        (await SendAs(Actors.OfficerOf(DongNai.TanPhong), record)).Should().Be(1, "the first sender still gets the first result");
    }

    [Fact]
    public async Task A_request_id_reused_by_the_same_actor_for_other_content_is_refused()
    {
        var roundId = await OpenRound([DongNai.TanPhong]);
        var record = new RecordEvidence(Guid.NewGuid(), roundId, DongNai.TanPhong, "G1.1.2", EvidenceSource.Self, new IndicatorEvidence { Met = true });
        await SendAs(Actors.OfficerOf(DongNai.TanPhong), record);

        await RefusedWithoutChange<ValidationException>(roundId, DongNai.TanPhong, () =>
            SendAs(Actors.OfficerOf(DongNai.TanPhong), record with { Evidence = new IndicatorEvidence { Met = false } }));

        (await StoredAssessment(roundId, DongNai.TanPhong)).Evidence.Should().ContainSingle().Which.Evidence.Met.Should().BeTrue();
    }

    [Fact]
    public async Task A_refused_command_leaves_its_request_id_free_for_a_later_attempt()
    {
        var roundId = await OpenRound([DongNai.TanPhong]);
        var submit = new SubmitSelfAssessment(Guid.NewGuid(), roundId, DongNai.TanPhong);

        var tooEarly = () => SendAs(Actors.OfficerOf(DongNai.BinhLoc), submit);
        await tooEarly.Should().ThrowAsync<Authorization.AuthorizationException>();

        (await SendAs(Actors.OfficerOf(DongNai.TanPhong), submit)).Late.Should().BeFalse();
        (await StoredAssessment(roundId, DongNai.TanPhong)).State.Should().Be(AssessmentState.SelfAssessmentSubmitted);
    }
}
