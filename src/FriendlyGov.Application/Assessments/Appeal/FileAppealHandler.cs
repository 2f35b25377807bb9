using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Assessments;
using NodaTime;

namespace FriendlyGov.Application.Assessments.Appeal;

/// <summary>Handles <see cref="FileAppeal"/>; returns the assessment's id.</summary>
/// <param name="lookup">Finds the round and assessment.</param>
/// <param name="assessments">Stores the assessment.</param>
/// <param name="currentActor">Who reopens it.</param>
/// <param name="clock">The clock.</param>
/// <param name="audit">The audit entry's subject and summary.</param>
internal sealed class FileAppealHandler(
    AssessmentLookup lookup,
    IRepository<Assessment> assessments,
    ICurrentActor currentActor,
    IClock clock,
    AuditContext audit) : IRequestHandler<FileAppeal, Guid>
{
    /// <inheritdoc />
    public async Task<Guid> Handle(FileAppeal request, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        var (_, assessment) = await lookup.AssessmentAsync(request.RoundId, request.UnitCode, cancellationToken).ConfigureAwait(false);
        assessment.ReopenOnAppeal(request.Reason, currentActor.Actor.Id, clock.GetCurrentInstant());
        await assessments.UpdateAsync(assessment, cancellationToken).ConfigureAwait(false);
        audit.Record($"assessment/{assessment.Id}", $"reopened unit {assessment.UnitCode} on appeal {assessment.Appeals}: {request.Reason.Trim()}");
        return assessment.Id;
    }
}
