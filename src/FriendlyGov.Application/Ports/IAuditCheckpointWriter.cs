using FriendlyGov.Domain.Audit;

namespace FriendlyGov.Application.Ports;

/// <summary>
/// Keeps a checkpoint of the audit trail outside the database each time an assessment is
/// finalized: where an app anchors the trail (a signed file, object storage with retention, a
/// transparency log). Optional: when none is registered, nothing is written.
/// </summary>
/// <remarks>
/// Called once per finalization, after its commit, with the sequence and hash of the
/// finalization's own audit entry; never for a refused finalization, nor for a retry that returns
/// the first result. An implementation signs the checkpoint with the province's key
/// (<c>AuditCheckpointFile.Write</c> in FriendlyGov.Infrastructure writes the
/// <c>friendlygov.checkpoint/1</c> format that <c>friendlygov audit verify --checkpoint</c>
/// reads) and stores it where the database's administrators cannot write. An exception it throws
/// reaches the sender of <c>FinalizeAssessment</c>, but the finalization stays saved: take a
/// checkpoint with <c>friendlygov audit checkpoint</c> instead.
/// </remarks>
public interface IAuditCheckpointWriter
{
    /// <summary>Keeps the checkpoint.</summary>
    /// <param name="checkpoint">The finalization's audit entry (sequence and hash) and the clock's time, to the second.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the checkpoint is kept.</returns>
    Task WriteAsync(AuditCheckpoint checkpoint, CancellationToken cancellationToken);
}
