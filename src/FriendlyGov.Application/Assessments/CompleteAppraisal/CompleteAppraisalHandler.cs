using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Assessments;
using NodaTime;

namespace FriendlyGov.Application.Assessments.CompleteAppraisal;

/// <summary>Handles <see cref="CompleteAppraisal"/>; returns the assessment's id.</summary>
/// <param name="lookup">Finds the round and assessment.</param>
/// <param name="assessments">Stores the assessment.</param>
/// <param name="step">The appraiser, when, and the audit entry.</param>
internal sealed class CompleteAppraisalHandler(AssessmentLookup lookup, IRepository<Assessment> assessments, StepContext step)
    : AssessmentStepHandler<CompleteAppraisal, Guid>(lookup, assessments, step)
{
    private bool _afterAppeal;

    /// <inheritdoc />
    protected override Guid Act(Assessment aggregate, CompleteAppraisal request, string by, Instant at)
    {
        _afterAppeal = Guard.Against.Null(aggregate).State == AssessmentState.Reopened;
        aggregate.CompleteAppraisal(by, at);
        return aggregate.Id;
    }

    /// <inheritdoc />
    protected override string Summary(Assessment aggregate, CompleteAppraisal request, Guid response) =>
        $"completed the appraisal of unit {Guard.Against.Null(aggregate).UnitCode}{(_afterAppeal ? " after an appeal" : string.Empty)}";
}
