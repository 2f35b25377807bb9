using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Assessments;
using NodaTime;

namespace FriendlyGov.Application.Assessments.SubmitSelfAssessment;

/// <summary>Handles <see cref="SubmitSelfAssessment"/>.</summary>
/// <param name="lookup">Finds the round and assessment.</param>
/// <param name="assessments">Stores the assessment.</param>
/// <param name="step">Who submits, when, and the audit entry.</param>
internal sealed class SubmitSelfAssessmentHandler(AssessmentLookup lookup, IRepository<Assessment> assessments, StepContext step)
    : AssessmentStepHandler<SubmitSelfAssessment, SubmissionResult>(lookup, assessments, step)
{
    /// <inheritdoc />
    protected override SubmissionResult Act(Assessment aggregate, SubmitSelfAssessment request, string by, Instant at)
    {
        Guard.Against.Null(aggregate).SubmitSelfAssessment(Round, by, at);
        return new SubmissionResult(aggregate.Id, at, aggregate.SubmittedLate);
    }

    /// <inheritdoc />
    protected override string Summary(Assessment aggregate, SubmitSelfAssessment request, SubmissionResult response) =>
        $"submitted the self-assessment of unit {Guard.Against.Null(aggregate).UnitCode}{(aggregate.SubmittedLate ? ", late" : string.Empty)}";
}
