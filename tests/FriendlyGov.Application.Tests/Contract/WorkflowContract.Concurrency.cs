using FriendlyGov.Application.Assessments.Finalize;
using FriendlyGov.Application.Assessments.RecordEvidence;
using FriendlyGov.Application.Notifications;
using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Assessments;
using FriendlyGov.Domain.Evidence;

namespace FriendlyGov.Application.Tests.Contract;

public abstract partial class WorkflowContract
{
    [Fact]
    public async Task Of_two_concurrent_finalizations_exactly_one_wins_and_the_other_gets_a_concurrency_error_naming_the_assessment()
    {
        HoldBeforeCommit<FinalizeAssessment>();
        var roundId = await OpenRound([DongNai.TanPhong]);
        await RecordSelf(roundId, DongNai.TanPhong, FullMarks.All);
        await Reach(roundId, DongNai.TanPhong, AssessmentState.Appraised);
        var assessmentId = (await StoredAssessment(roundId, DongNai.TanPhong)).Id;

        // Both read the appraised assessment and finalize it; neither commits before both have.
        var first = Finalize(roundId, DongNai.TanPhong);
        var second = Finalize(roundId, DongNai.TanPhong);
        var outcomes = await Task.WhenAll(Outcome(first), Outcome(second));

        outcomes.Count(o => o is null).Should().Be(1, "exactly one finalization wins");
        var loser = outcomes.Single(o => o is not null);
        loser.Should().BeOfType<ConcurrencyException>().Which.Message.Should().Contain(assessmentId.ToString());
        (await AuditTrail(roundId, DongNai.TanPhong)).Count(e => e.Action == nameof(FinalizeAssessment)).Should().Be(1);
        Notifications.Of<AssessmentFinalized>().Should().ContainSingle("the loser's notification is never published");

        // The loser retries with a fresh read: the assessment is finalized now.
        var retry = () => Finalize(roundId, DongNai.TanPhong);
        (await retry.Should().ThrowAsync<WorkflowException>()).Which.Message.Should().Contain("the assessment is Finalized");
    }

    [Fact]
    public async Task The_same_command_sent_twice_at_once_is_saved_once_and_a_retry_returns_the_first_result()
    {
        HoldBeforeCommit<RecordEvidence>();
        var roundId = await OpenRound([DongNai.TanPhong]);
        var record = new RecordEvidence(Guid.NewGuid(), roundId, DongNai.TanPhong, "G1.1.2", EvidenceSource.Self, new IndicatorEvidence { Met = true });

        var outcomes = await Task.WhenAll(
            Outcome(SendAs(Actors.OfficerOf(DongNai.TanPhong), record)),
            Outcome(SendAs(Actors.OfficerOf(DongNai.TanPhong), record)));

        outcomes.Count(o => o is null).Should().Be(1);
        outcomes.Single(o => o is not null).Should().BeOfType<ConcurrencyException>();
        (await SendAs(Actors.OfficerOf(DongNai.TanPhong), record)).Should().Be(1, "the retry finds the first result");
        (await StoredAssessment(roundId, DongNai.TanPhong)).Evidence.Should().ContainSingle();
        (await AuditTrail(roundId, DongNai.TanPhong)).Should().ContainSingle();
    }

    private static async Task<Exception?> Outcome(Task task)
    {
        try
        {
            await task;
            return null;
        }
        catch (Exception e) when (e is ConcurrencyException or WorkflowException)
        {
            return e;
        }
    }
}
