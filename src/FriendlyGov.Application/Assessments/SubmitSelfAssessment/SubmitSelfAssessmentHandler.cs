using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Assessments;
using NodaTime;

namespace FriendlyGov.Application.Assessments.SubmitSelfAssessment;

/// <summary>Handles <see cref="SubmitSelfAssessment"/>.</summary>
/// <param name="lookup">Finds the round and assessment.</param>
/// <param name="assessments">Stores the assessment.</param>
/// <param name="currentActor">Who submits.</param>
/// <param name="clock">The clock.</param>
/// <param name="audit">The audit entry's subject and summary.</param>
internal sealed class SubmitSelfAssessmentHandler(
    AssessmentLookup lookup,
    IRepository<Assessment> assessments,
    ICurrentActor currentActor,
    IClock clock,
    AuditContext audit) : IRequestHandler<SubmitSelfAssessment, SubmissionResult>
{
    /// <inheritdoc />
    public async Task<SubmissionResult> Handle(SubmitSelfAssessment request, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        var (round, assessment) = await lookup.AssessmentAsync(request.RoundId, request.UnitCode, cancellationToken).ConfigureAwait(false);
        var at = clock.GetCurrentInstant();
        assessment.SubmitSelfAssessment(round, currentActor.Actor.Id, at);
        await assessments.UpdateAsync(assessment, cancellationToken).ConfigureAwait(false);
        audit.Record($"assessment/{assessment.Id}", $"submitted the self-assessment of unit {assessment.UnitCode}{(assessment.SubmittedLate ? ", late" : string.Empty)}");
        return new SubmissionResult(assessment.Id, at, assessment.SubmittedLate);
    }
}
