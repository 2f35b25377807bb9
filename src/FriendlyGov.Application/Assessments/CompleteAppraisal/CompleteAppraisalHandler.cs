using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Assessments;
using NodaTime;

namespace FriendlyGov.Application.Assessments.CompleteAppraisal;

/// <summary>Handles <see cref="CompleteAppraisal"/>; returns the assessment's id.</summary>
/// <param name="lookup">Finds the round and assessment.</param>
/// <param name="assessments">Stores the assessment.</param>
/// <param name="currentActor">The appraiser.</param>
/// <param name="clock">The clock.</param>
/// <param name="audit">The audit entry's subject and summary.</param>
internal sealed class CompleteAppraisalHandler(
    AssessmentLookup lookup,
    IRepository<Assessment> assessments,
    ICurrentActor currentActor,
    IClock clock,
    AuditContext audit) : IRequestHandler<CompleteAppraisal, Guid>
{
    /// <inheritdoc />
    public async Task<Guid> Handle(CompleteAppraisal request, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        var (_, assessment) = await lookup.AssessmentAsync(request.RoundId, request.UnitCode, cancellationToken).ConfigureAwait(false);
        var afterAppeal = assessment.State == AssessmentState.Reopened;
        assessment.CompleteAppraisal(currentActor.Actor.Id, clock.GetCurrentInstant());
        await assessments.UpdateAsync(assessment, cancellationToken).ConfigureAwait(false);
        audit.Record($"assessment/{assessment.Id}", $"completed the appraisal of unit {assessment.UnitCode}{(afterAppeal ? " after an appeal" : string.Empty)}");
        return assessment.Id;
    }
}
