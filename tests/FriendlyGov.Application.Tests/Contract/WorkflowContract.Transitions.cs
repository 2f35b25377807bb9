using FriendlyGov.Application.Assessments.Appeal;
using FriendlyGov.Application.Assessments.CompleteAppraisal;
using FriendlyGov.Application.Assessments.Finalize;
using FriendlyGov.Application.Assessments.RecordEvidence;
using FriendlyGov.Application.Assessments.StartAppraisal;
using FriendlyGov.Application.Assessments.SubmitSelfAssessment;
using FriendlyGov.Domain.Assessments;
using FriendlyGov.Domain.Evidence;

namespace FriendlyGov.Application.Tests.Contract;

public abstract partial class WorkflowContract
{
    private static readonly (AssessmentState From, WorkflowStep Step, AssessmentState To)[] Legal =
    [
        (AssessmentState.Draft, WorkflowStep.RecordSelfEvidence, AssessmentState.Draft),
        (AssessmentState.Draft, WorkflowStep.Submit, AssessmentState.SelfAssessmentSubmitted),
        (AssessmentState.SelfAssessmentSubmitted, WorkflowStep.StartAppraisal, AssessmentState.UnderAppraisal),
        (AssessmentState.UnderAppraisal, WorkflowStep.RecordAppraisedEvidence, AssessmentState.UnderAppraisal),
        (AssessmentState.UnderAppraisal, WorkflowStep.CompleteAppraisal, AssessmentState.Appraised),
        (AssessmentState.Appraised, WorkflowStep.Finalize, AssessmentState.Finalized),
        (AssessmentState.Finalized, WorkflowStep.Appeal, AssessmentState.Reopened),
        (AssessmentState.Reopened, WorkflowStep.RecordAppraisedEvidence, AssessmentState.Reopened),
        (AssessmentState.Reopened, WorkflowStep.CompleteAppraisal, AssessmentState.Appraised),
    ];

    /// <summary>Each step allowed in each state, and the state it leads to.</summary>
    public static TheoryData<AssessmentState, WorkflowStep, AssessmentState> LegalTransitions =>
        new(Legal.Select(t => new TheoryDataRow<AssessmentState, WorkflowStep, AssessmentState>(t.From, t.Step, t.To)));

    /// <summary>Every other step in every state: 6 states × 7 steps − 9 legal ones = 33.</summary>
    public static TheoryData<AssessmentState, WorkflowStep> IllegalTransitions
    {
        get
        {
            var data = new TheoryData<AssessmentState, WorkflowStep>();
            foreach (var state in Enum.GetValues<AssessmentState>())
            {
                foreach (var step in Enum.GetValues<WorkflowStep>())
                {
                    if (!Legal.Any(t => t.From == state && t.Step == step)) data.Add(state, step);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(LegalTransitions))]
    public async Task A_legal_step_moves_the_assessment_and_is_audited(AssessmentState from, WorkflowStep step, AssessmentState to)
    {
        var roundId = await OpenRound([DongNai.TanPhong]);
        await Reach(roundId, DongNai.TanPhong, from);
        var audited = (await AuditTrail(roundId, DongNai.TanPhong)).Count;

        await Take(step, roundId, DongNai.TanPhong);

        (await StoredAssessment(roundId, DongNai.TanPhong)).State.Should().Be(to);
        var trail = await AuditTrail(roundId, DongNai.TanPhong);
        trail.Should().HaveCount(audited + 1);
        trail[^1].Action.Should().Be(RequestName(step));
    }

    [Theory]
    [MemberData(nameof(IllegalTransitions))]
    public async Task An_illegal_step_is_refused_with_a_clear_message_and_changes_nothing(AssessmentState state, WorkflowStep step)
    {
        var roundId = await OpenRound([DongNai.TanPhong]);
        await Reach(roundId, DongNai.TanPhong, state);

        var refusal = await RefusedWithoutChange<WorkflowException>(roundId, DongNai.TanPhong, () => Take(step, roundId, DongNai.TanPhong));

        // Such as "Cannot finalize for unit 25996: the assessment is Draft, and this is allowed only when it is Appraised."
        refusal.Message.Should().StartWith("Cannot ").And.Contain($"unit {DongNai.TanPhong}").And.Contain($"the assessment is {state}");
    }

    [Fact]
    public async Task Finalizing_a_draft_says_what_is_needed()
    {
        var roundId = await OpenRound([DongNai.TanPhong]);

        var refusal = await RefusedWithoutChange<WorkflowException>(roundId, DongNai.TanPhong, () => Finalize(roundId, DongNai.TanPhong));

        refusal.Message.Should().Be("Cannot finalize for unit 25996: the assessment is Draft, and this is allowed only when it is Appraised.");
    }

    [Fact]
    public async Task Submitting_twice_is_refused_the_second_time()
    {
        var roundId = await OpenRound([DongNai.TanPhong]);
        await Submit(roundId, DongNai.TanPhong);

        var refusal = await RefusedWithoutChange<WorkflowException>(roundId, DongNai.TanPhong, () => Submit(roundId, DongNai.TanPhong));

        refusal.Message.Should().Be("Cannot submit the self-assessment for unit 25996: the assessment is SelfAssessmentSubmitted, and this is allowed only when it is Draft.");
    }

    [Fact]
    public async Task Appraisal_cannot_start_before_the_self_assessment_is_submitted()
    {
        var roundId = await OpenRound([DongNai.TanPhong]);

        var refusal = await RefusedWithoutChange<WorkflowException>(roundId, DongNai.TanPhong, () => StartAppraisal(roundId, DongNai.TanPhong));

        refusal.Message.Should().Be("Cannot start appraisal for unit 25996: the assessment is Draft, and this is allowed only when it is SelfAssessmentSubmitted.");
    }

    [Fact]
    public async Task An_assessment_that_is_not_finalized_cannot_be_appealed()
    {
        var roundId = await OpenRound([DongNai.TanPhong]);
        await Reach(roundId, DongNai.TanPhong, AssessmentState.Appraised);

        var refusal = await RefusedWithoutChange<WorkflowException>(roundId, DongNai.TanPhong, () => Appeal(roundId, DongNai.TanPhong));

        refusal.Message.Should().Be("Cannot reopen on appeal for unit 25996: the assessment is Appraised, and this is allowed only when it is Finalized.");
    }

    [Fact]
    public async Task A_unit_not_in_the_round_is_not_found_and_nothing_changes()
    {
        var roundId = await OpenRound([DongNai.TanPhong]);

        var send = () => SendAs(Actors.OfficerOf(DongNai.BinhLoc), new SubmitSelfAssessment(Guid.NewGuid(), roundId, DongNai.BinhLoc));

        (await send.Should().ThrowAsync<NotFoundException>()).Which.Message.Should().Contain(DongNai.BinhLoc);
        (await StoredAssessment(roundId, DongNai.TanPhong)).State.Should().Be(AssessmentState.Draft);
    }

    private Task Take(WorkflowStep step, Guid roundId, string unitCode) => step switch
    {
        WorkflowStep.RecordSelfEvidence => RecordSelf(roundId, unitCode, "G1.1.2", new IndicatorEvidence { Met = true }),
        WorkflowStep.Submit => Submit(roundId, unitCode),
        WorkflowStep.StartAppraisal => StartAppraisal(roundId, unitCode),
        WorkflowStep.RecordAppraisedEvidence => RecordAppraised(roundId, unitCode, "G1.1.2", new IndicatorEvidence { Met = false }),
        WorkflowStep.CompleteAppraisal => CompleteAppraisal(roundId, unitCode),
        WorkflowStep.Finalize => Finalize(roundId, unitCode),
        WorkflowStep.Appeal => Appeal(roundId, unitCode),
        _ => throw new ArgumentOutOfRangeException(nameof(step)),
    };

    private static string RequestName(WorkflowStep step) => step switch
    {
        WorkflowStep.RecordSelfEvidence or WorkflowStep.RecordAppraisedEvidence => nameof(RecordEvidence),
        WorkflowStep.Submit => nameof(SubmitSelfAssessment),
        WorkflowStep.StartAppraisal => nameof(StartAppraisal),
        WorkflowStep.CompleteAppraisal => nameof(CompleteAppraisal),
        WorkflowStep.Finalize => nameof(FinalizeAssessment),
        WorkflowStep.Appeal => nameof(FileAppeal),
        _ => throw new ArgumentOutOfRangeException(nameof(step)),
    };
}
