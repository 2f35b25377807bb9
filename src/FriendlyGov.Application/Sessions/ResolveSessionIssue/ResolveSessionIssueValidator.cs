using FriendlyGov.Application.Validation;
using FriendlyGov.Domain;

namespace FriendlyGov.Application.Sessions.ResolveSessionIssue;

/// <summary>Checks <see cref="ResolveSessionIssue"/>: a session id and an issue number from 1; the rest is checked against the session by the handler.</summary>
internal sealed class ResolveSessionIssueValidator : IRequestValidator<ResolveSessionIssue>
{
    /// <inheritdoc />
    public IEnumerable<Problem> Validate(ResolveSessionIssue request)
    {
        Guard.Against.Null(request);
        if (request.SessionId == Guid.Empty) yield return new Problem("sessionId", "is required");
        if (request.IssueNumber < 1) yield return new Problem("issueNumber", $"{request.IssueNumber} is not an issue number: issues are numbered from 1");
    }
}
