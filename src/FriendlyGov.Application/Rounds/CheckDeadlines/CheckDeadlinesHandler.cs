using FriendlyGov.Application.Assessments;
using FriendlyGov.Application.Notifications;
using FriendlyGov.Application.Ports;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Assessments;
using FriendlyGov.Domain.Assessments.Specifications;
using NodaTime;

namespace FriendlyGov.Application.Rounds.CheckDeadlines;

/// <summary>Handles <see cref="CheckDeadlines"/>; returns the overdue units' codes, in order.</summary>
/// <param name="lookup">Finds the round.</param>
/// <param name="assessments">The round's assessments.</param>
/// <param name="clock">The clock; its date in Vietnam is compared with the deadline.</param>
/// <param name="outbox">Holds the notifications until the pipeline publishes them.</param>
internal sealed class CheckDeadlinesHandler(
    AssessmentLookup lookup,
    IReadRepository<Assessment> assessments,
    IClock clock,
    NotificationOutbox outbox) : IRequestHandler<CheckDeadlines, IReadOnlyList<string>>
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> Handle(CheckDeadlines request, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        var round = await lookup.RoundAsync(request.RoundId, cancellationToken).ConfigureAwait(false);
        var deadline = round.SelfAssessmentDeadline;
        if (VietnamTime.DateAt(clock.GetCurrentInstant()) <= deadline) return [];

        var inRound = await assessments.ListAsync(new AssessmentsInRoundSpec(round.Id), cancellationToken).ConfigureAwait(false);
        var overdue = inRound.Where(a => a.State == AssessmentState.Draft)
            .Select(a => a.UnitCode)
            .Order(StringComparer.Ordinal)
            .ToList();
        foreach (var unitCode in overdue)
            outbox.Add(new SelfAssessmentOverdue(round.Id, unitCode, deadline));
        return overdue;
    }
}
