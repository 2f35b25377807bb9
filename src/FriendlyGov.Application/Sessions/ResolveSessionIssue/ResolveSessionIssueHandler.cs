using FriendlyGov.Application.Ports;
using FriendlyGov.Application.Validation;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Sessions;
using NodaTime;

namespace FriendlyGov.Application.Sessions.ResolveSessionIssue;

/// <summary>Handles <see cref="ResolveSessionIssue"/>; returns <see langword="true"/> when the issue was resolved by its deadline.</summary>
/// <param name="sessions">Stores the session.</param>
/// <param name="currentActor">Who records it.</param>
/// <param name="clock">The clock, for today's date in Vietnam.</param>
/// <param name="audit">The audit entry's subject and summary.</param>
internal sealed class ResolveSessionIssueHandler(
    IRepository<MorningSession> sessions,
    ICurrentActor currentActor,
    IClock clock,
    AuditContext audit) : IRequestHandler<ResolveSessionIssue, bool>
{
    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal) { ["number"] = "issueNumber", ["on"] = "resolvedOn" };

    /// <inheritdoc />
    public async Task<bool> Handle(ResolveSessionIssue request, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        var now = clock.GetCurrentInstant();
        var today = VietnamTime.DateAt(now);
        if (request.ResolvedOn > today)
            throw new ValidationException(nameof(ResolveSessionIssue), [new Problem("resolvedOn", $"{request.ResolvedOn:uuuu-MM-dd} is after today, {today:uuuu-MM-dd}")]);
        var session = await SessionLookup.SessionAsync(sessions, request.SessionId, cancellationToken).ConfigureAwait(false);
        DomainInput.Checked(nameof(ResolveSessionIssue), Fields, () =>
        {
            session.ResolveIssue(request.IssueNumber, request.ResolvedOn, currentActor.Actor.Id, now);
            return true;
        });
        await sessions.UpdateAsync(session, cancellationToken).ConfigureAwait(false);
        var issue = session.Issues[request.IssueNumber - 1];
        audit.Record(
            $"session/{session.Id}",
            $"recorded issue {issue.Number} of the session of unit {session.UnitCode} on {session.HeldOn:uuuu-MM-dd} as resolved on {request.ResolvedOn:uuuu-MM-dd}, {(issue.ResolvedByDeadline ? "by" : "after")} its deadline {issue.Deadline:uuuu-MM-dd}");
        return issue.ResolvedByDeadline;
    }
}
