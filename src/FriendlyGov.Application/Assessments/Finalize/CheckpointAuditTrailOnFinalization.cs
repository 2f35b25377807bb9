using FriendlyGov.Application.Notifications;
using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Audit;
using NodaTime;

namespace FriendlyGov.Application.Assessments.Finalize;

/// <summary>
/// After a finalization is saved, hands a checkpoint of its audit entry to every
/// <see cref="IAuditCheckpointWriter"/> the app registered (none: nothing is done).
/// </summary>
/// <param name="writers">The app's checkpoint writers; usually none or one.</param>
/// <param name="auditTrail">Reads back the finalization's committed entry.</param>
/// <param name="clock">The clock.</param>
internal sealed class CheckpointAuditTrailOnFinalization(IEnumerable<IAuditCheckpointWriter> writers, IAuditTrail auditTrail, IClock clock)
    : INotificationHandler<AssessmentFinalized>
{
    /// <inheritdoc />
    public async Task Handle(AssessmentFinalized notification, CancellationToken cancellationToken)
    {
        Guard.Against.Null(notification);
        var targets = writers.ToList();
        if (targets.Count == 0) return;

        var entries = await auditTrail.ListAsync($"assessment/{notification.AssessmentId}", cancellationToken).ConfigureAwait(false);
        var finalized = entries.LastOrDefault(e => e.Action == nameof(FinalizeAssessment) && e.IsLinked)
            ?? throw new InvalidOperationException($"The finalization of assessment {notification.AssessmentId} was saved without its audit entry.");
        var checkpoint = AuditCheckpoint.Of(finalized.Sequence, finalized.Hash, clock.GetCurrentInstant());
        foreach (var writer in targets) await writer.WriteAsync(checkpoint, cancellationToken).ConfigureAwait(false);
    }
}
