using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Assessments;
using NodaTime;

namespace FriendlyGov.Application.Assessments.StartAppraisal;

/// <summary>Handles <see cref="StartAppraisal"/>; returns the assessment's id.</summary>
/// <param name="lookup">Finds the round and assessment.</param>
/// <param name="assessments">Stores the assessment.</param>
/// <param name="currentActor">The appraiser.</param>
/// <param name="clock">The clock.</param>
/// <param name="audit">The audit entry's subject and summary.</param>
internal sealed class StartAppraisalHandler(
    AssessmentLookup lookup,
    IRepository<Assessment> assessments,
    ICurrentActor currentActor,
    IClock clock,
    AuditContext audit) : IRequestHandler<StartAppraisal, Guid>
{
    /// <inheritdoc />
    public async Task<Guid> Handle(StartAppraisal request, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        var (_, assessment) = await lookup.AssessmentAsync(request.RoundId, request.UnitCode, cancellationToken).ConfigureAwait(false);
        assessment.StartAppraisal(currentActor.Actor.Id, clock.GetCurrentInstant());
        await assessments.UpdateAsync(assessment, cancellationToken).ConfigureAwait(false);
        audit.Record($"assessment/{assessment.Id}", $"started the appraisal of unit {assessment.UnitCode}");
        return assessment.Id;
    }
}
