using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Assessments;
using NodaTime;

namespace FriendlyGov.Application.Assessments.StartAppraisal;

/// <summary>Handles <see cref="StartAppraisal"/>; returns the assessment's id.</summary>
/// <param name="lookup">Finds the round and assessment.</param>
/// <param name="assessments">Stores the assessment.</param>
/// <param name="step">The appraiser, when, and the audit entry.</param>
internal sealed class StartAppraisalHandler(AssessmentLookup lookup, IRepository<Assessment> assessments, StepContext step)
    : AssessmentStepHandler<StartAppraisal, Guid>(lookup, assessments, step)
{
    /// <inheritdoc />
    protected override Guid Act(Assessment aggregate, StartAppraisal request, string by, Instant at)
    {
        Guard.Against.Null(aggregate).StartAppraisal(by, at);
        return aggregate.Id;
    }

    /// <inheritdoc />
    protected override string Summary(Assessment aggregate, StartAppraisal request, Guid response) =>
        $"started the appraisal of unit {Guard.Against.Null(aggregate).UnitCode}";
}
