using FriendlyGov.Application.Ports;
using FriendlyGov.Application.Scoring;
using FriendlyGov.Application.Validation;
using FriendlyGov.Domain.Assessments;
using FriendlyGov.Domain.Evidence;
using NodaTime;

namespace FriendlyGov.Application.Assessments.RecordEvidence;

/// <summary>Handles <see cref="RecordEvidence"/>; returns how many entries the assessment now holds.</summary>
/// <param name="lookup">Finds the round and assessment.</param>
/// <param name="assessments">Stores the assessment.</param>
/// <param name="scoring">Finds the framework.</param>
/// <param name="currentActor">Who records it.</param>
/// <param name="clock">The clock.</param>
/// <param name="audit">The audit entry's subject and summary.</param>
internal sealed class RecordEvidenceHandler(
    AssessmentLookup lookup,
    IRepository<Assessment> assessments,
    AssessmentScoring scoring,
    ICurrentActor currentActor,
    IClock clock,
    AuditContext audit) : IRequestHandler<RecordEvidence, int>
{
    /// <inheritdoc />
    public async Task<int> Handle(RecordEvidence request, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        var (round, assessment) = await lookup.AssessmentAsync(request.RoundId, request.UnitCode, cancellationToken).ConfigureAwait(false);
        var problems = AssessmentScoring.Check(scoring.FrameworkOf(round), request.IndicatorId, request.Evidence).ToList();
        if (problems.Count > 0) throw new ValidationException(nameof(RecordEvidence), problems);

        var by = currentActor.Actor.Id;
        var at = clock.GetCurrentInstant();
        if (request.Source == EvidenceSource.Self) assessment.RecordSelfEvidence(request.IndicatorId, request.Evidence, by, at, request.Note);
        else assessment.RecordAppraisalEvidence(request.IndicatorId, request.Evidence, by, at, request.Note);
        await assessments.UpdateAsync(assessment, cancellationToken).ConfigureAwait(false);
        audit.Record($"assessment/{assessment.Id}", $"recorded {request.Source.ToString().ToLowerInvariant()} evidence for {request.IndicatorId} of unit {assessment.UnitCode}");
        return assessment.Evidence.Count;
    }
}
