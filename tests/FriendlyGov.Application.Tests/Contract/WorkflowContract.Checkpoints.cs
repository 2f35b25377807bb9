using FriendlyGov.Application.Assessments.Finalize;
using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Assessments;
using FriendlyGov.Domain.Audit;
using Microsoft.Extensions.DependencyInjection;

namespace FriendlyGov.Application.Tests.Contract;

public abstract partial class WorkflowContract
{
    [Fact]
    public async Task A_finalization_hands_one_checkpoint_of_its_own_audit_entry_to_the_app_after_the_commit()
    {
        var checkpoints = KeepCheckpoints();
        var roundId = await OpenRound([DongNai.TanPhong]);
        await Reach(roundId, DongNai.TanPhong, AssessmentState.Appraised);
        Clock.AdvanceMinutes(7);
        var subject = $"assessment/{(await StoredAssessment(roundId, DongNai.TanPhong)).Id}";
        checkpoints.IsCommitted = async checkpoint => (await StoredAudit(subject)).Any(e => e.Sequence == checkpoint.Sequence && e.Hash == checkpoint.Hash);
        var finalize = new FinalizeAssessment(Guid.NewGuid(), roundId, DongNai.TanPhong);

        await SendAs(Actors.Administrator, finalize);
        await SendAs(Actors.Administrator, finalize);

        // The clock starts at 02:00:00 UTC; only the 7 minutes above moved it (Reach does not): 02:07:00.
        var entry = (await AuditTrail(roundId, DongNai.TanPhong)).Single(e => e.Action == nameof(FinalizeAssessment));
        checkpoints.Written.Should().Equal([(new AuditCheckpoint(entry.Sequence, entry.Hash, NodaTime.Instant.FromUtc(2025, 1, 10, 2, 7)), true)], "one checkpoint, of the committed finalization entry; none for the retry");
        entry.Hash.Should().HaveLength(64);
    }

    [Fact]
    public async Task A_refused_finalization_hands_over_no_checkpoint()
    {
        var checkpoints = KeepCheckpoints();
        var roundId = await OpenRound([DongNai.TanPhong]);

        await RefusedWithoutChange<WorkflowException>(roundId, DongNai.TanPhong, () => Finalize(roundId, DongNai.TanPhong));

        checkpoints.Written.Should().BeEmpty();
    }

    [Fact]
    public async Task Without_a_checkpoint_writer_a_finalization_goes_through()
    {
        var roundId = await OpenRound([DongNai.TanPhong]);
        await Reach(roundId, DongNai.TanPhong, AssessmentState.Finalized);

        (await StoredAssessment(roundId, DongNai.TanPhong)).State.Should().Be(AssessmentState.Finalized);
    }

    /// <summary>Registers a checkpoint writer that records what it is handed. Call before the first request.</summary>
    /// <returns>The log.</returns>
    private CheckpointLog KeepCheckpoints()
    {
        if (_services is not null) throw new InvalidOperationException("Register the checkpoint writer before the first request builds the services.");
        var log = new CheckpointLog();
        _probes.Add(services => services.AddSingleton<IAuditCheckpointWriter>(log));
        return log;
    }
}
