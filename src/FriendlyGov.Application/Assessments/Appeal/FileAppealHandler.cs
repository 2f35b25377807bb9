using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Assessments;
using NodaTime;

namespace FriendlyGov.Application.Assessments.Appeal;

/// <summary>Handles <see cref="FileAppeal"/>; returns the assessment's id.</summary>
/// <param name="lookup">Finds the round and assessment.</param>
/// <param name="assessments">Stores the assessment.</param>
/// <param name="step">Who reopens it, when, and the audit entry.</param>
internal sealed class FileAppealHandler(AssessmentLookup lookup, IRepository<Assessment> assessments, StepContext step)
    : AssessmentStepHandler<FileAppeal, Guid>(lookup, assessments, step)
{
    /// <inheritdoc />
    protected override Guid Act(Assessment aggregate, FileAppeal request, string by, Instant at)
    {
        Guard.Against.Null(aggregate).ReopenOnAppeal(Guard.Against.Null(request).Reason, by, at);
        return aggregate.Id;
    }

    /// <inheritdoc />
    protected override string Summary(Assessment aggregate, FileAppeal request, Guid response) =>
        $"reopened unit {Guard.Against.Null(aggregate).UnitCode} on appeal {aggregate.Appeals}: {Guard.Against.Null(request).Reason.Trim()}";
}
