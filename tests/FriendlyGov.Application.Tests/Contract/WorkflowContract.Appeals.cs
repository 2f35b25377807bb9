using FriendlyGov.Application.Assessments.Appeal;
using FriendlyGov.Application.Assessments.Finalize;
using FriendlyGov.Application.Notifications;
using FriendlyGov.Application.Rankings.GetRanking;
using FriendlyGov.Application.Scorecards.GetFinalScorecard;
using FriendlyGov.Application.Scorecards.GetLiveScorecard;
using FriendlyGov.Application.Units.GetUnitHistory;
using FriendlyGov.Application.Validation;
using FriendlyGov.Domain.Assessments;
using FriendlyGov.Domain.Evidence;

namespace FriendlyGov.Application.Tests.Contract;

public abstract partial class WorkflowContract
{
    /// <summary>
    /// Phường Tân Phong self-assesses full marks but for G3.1.1, dossiers settled on time: 90%,
    /// 8 × (0.9 − 0.8) / (1 − 0.8) = 4 of 8, so 96. On appeal the appraiser finds 100% on time:
    /// 8 of 8, so 100 once finalized again.
    /// </summary>
    [Fact]
    public async Task An_appeal_reopens_a_finalized_assessment_which_keeps_its_scorecard_until_finalized_again()
    {
        var roundId = await OpenRound([DongNai.TanPhong]);
        await RecordSelf(roundId, DongNai.TanPhong, FullMarks.Except(new Dictionary<string, IndicatorEvidence> { ["G3.1.1"] = new() { Value = 0.9m } }));
        await Reach(roundId, DongNai.TanPhong, AssessmentState.Appraised);
        Clock.Reset(At(2025, 3, 3, 10, 0));
        (await Finalize(roundId, DongNai.TanPhong)).Total.Should().Be(96m);

        Clock.Reset(At(2025, 3, 10, 10, 0));
        var noReason = await RefusedWithoutChange<ValidationException>(roundId, DongNai.TanPhong, () => Appeal(roundId, DongNai.TanPhong, "  "));
        noReason.Problems.Should().ContainSingle().Which.Path.Should().Be("reason");

        await Appeal(roundId, DongNai.TanPhong, "Hồ sơ trễ hẹn đã được giải quyết đúng hạn theo sổ theo dõi");
        var reopened = await StoredAssessment(roundId, DongNai.TanPhong);
        reopened.State.Should().Be(AssessmentState.Reopened);
        reopened.Appeals.Should().Be(1);

        Clock.Reset(At(2025, 3, 12, 9, 0));
        await RecordAppraised(roundId, DongNai.TanPhong, "G3.1.1", new IndicatorEvidence { Value = 1m });
        (await SendAs(Actors.OfficerOf(DongNai.TanPhong), new GetFinalScorecard(roundId, DongNai.TanPhong)))!.Total
            .Should().Be(96m, "the first final scorecard stands until the assessment is finalized again");
        (await SendAs(Actors.OfficerOf(DongNai.TanPhong), new GetLiveScorecard(roundId, DongNai.TanPhong))).Total
            .Should().Be(100m, "the live scorecard already counts the appraised 100%");
        (await SendAs(Actors.Appraiser, new GetRanking(roundId))).Should().ContainSingle()
            .Which.Total.Should().Be(96m, "the published ranking keeps the unit at its last final scorecard during the appeal");

        await CompleteAppraisal(roundId, DongNai.TanPhong);
        Clock.Reset(At(2025, 3, 20, 10, 0));
        (await Finalize(roundId, DongNai.TanPhong)).Total.Should().Be(100m);

        var final = await SendAs(Actors.Appraiser, new GetFinalScorecard(roundId, DongNai.TanPhong));
        final!.Total.Should().Be(100m);
        final.Indicators["G3.1.1"].Should().Be(8m);
        var stored = await StoredAssessment(roundId, DongNai.TanPhong);
        stored.State.Should().Be(AssessmentState.Finalized);
        stored.FinalizedAt.Should().Be(At(2025, 3, 20, 10, 0));

        var trail = await AuditTrail(roundId, DongNai.TanPhong);
        trail.Skip(20).Select(e => (e.Action, e.At)).Should().Equal(
            ("SubmitSelfAssessment", At(2025, 1, 10, 9, 0)),
            ("StartAppraisal", At(2025, 1, 10, 9, 0)),
            ("CompleteAppraisal", At(2025, 1, 10, 9, 0)),
            ("FinalizeAssessment", At(2025, 3, 3, 10, 0)),
            ("FileAppeal", At(2025, 3, 10, 10, 0)),
            ("RecordEvidence", At(2025, 3, 12, 9, 0)),
            ("CompleteAppraisal", At(2025, 3, 12, 9, 0)),
            ("FinalizeAssessment", At(2025, 3, 20, 10, 0)));
        var finalizations = trail.Where(e => e.Action == nameof(FinalizeAssessment)).Select(e => e.Summary).ToList();
        finalizations.Should().HaveCount(2);
        finalizations[0].Should().Contain("96");
        finalizations[1].Should().Contain("100");
        trail.Single(e => e.Action == nameof(FileAppeal)).Summary.Should().Contain("Hồ sơ trễ hẹn đã được giải quyết đúng hạn");

        Notifications.Of<AssessmentFinalized>().Select(n => n.Total).Should().Equal(96m, 100m);
        (await SendAs(Actors.OfficerOf(DongNai.TanPhong), new GetUnitHistory(DongNai.TanPhong))).Points
            .Should().ContainSingle().Which.Total.Should().Be(100m);
    }

    [Fact]
    public async Task A_finalized_assessment_takes_no_more_evidence_until_it_is_reopened()
    {
        var roundId = await OpenRound([DongNai.TanPhong]);
        await RecordSelf(roundId, DongNai.TanPhong, FullMarks.All);
        await Reach(roundId, DongNai.TanPhong, AssessmentState.Finalized);

        await RefusedWithoutChange<WorkflowException>(roundId, DongNai.TanPhong, () =>
            RecordSelf(roundId, DongNai.TanPhong, "G3.1.1", new IndicatorEvidence { Value = 0.5m }));
        await RefusedWithoutChange<WorkflowException>(roundId, DongNai.TanPhong, () =>
            RecordAppraised(roundId, DongNai.TanPhong, "G3.1.1", new IndicatorEvidence { Value = 0.5m }));

        (await SendAs(Actors.Appraiser, new GetFinalScorecard(roundId, DongNai.TanPhong)))!.Total.Should().Be(100m);
    }

    [Fact]
    public async Task An_assessment_never_finalized_has_no_final_scorecard()
    {
        var roundId = await OpenRound([DongNai.TanPhong]);

        (await SendAs(Actors.Appraiser, new GetFinalScorecard(roundId, DongNai.TanPhong))).Should().BeNull();
    }
}
