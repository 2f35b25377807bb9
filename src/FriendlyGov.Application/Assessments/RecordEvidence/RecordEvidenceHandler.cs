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
/// <param name="step">Who records it, when, and the audit entry.</param>
internal sealed class RecordEvidenceHandler(AssessmentLookup lookup, IRepository<Assessment> assessments, AssessmentScoring scoring, StepContext step)
    : AssessmentStepHandler<RecordEvidence, int>(lookup, assessments, step)
{
    /// <inheritdoc />
    protected override int Act(Assessment aggregate, RecordEvidence request, string by, Instant at)
    {
        Guard.Against.Null(aggregate);
        Guard.Against.Null(request);
        var problems = AssessmentScoring.Check(scoring.FrameworkOf(Round), request.IndicatorId, request.Evidence).ToList();
        if (problems.Count > 0) throw new ValidationException(nameof(RecordEvidence), problems);

        if (request.Source == EvidenceSource.Self) aggregate.RecordSelfEvidence(request.IndicatorId, request.Evidence, by, at, request.Note);
        else aggregate.RecordAppraisalEvidence(request.IndicatorId, request.Evidence, by, at, request.Note);
        return aggregate.Evidence.Count;
    }

    /// <inheritdoc />
    protected override string Summary(Assessment aggregate, RecordEvidence request, int response) =>
        $"recorded {Guard.Against.Null(request).Source.ToString().ToLowerInvariant()} evidence for {request.IndicatorId} of unit {Guard.Against.Null(aggregate).UnitCode}";
}
