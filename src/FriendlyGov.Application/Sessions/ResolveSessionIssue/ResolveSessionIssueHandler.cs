using FriendlyGov.Application.Ports;
using FriendlyGov.Application.Validation;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Sessions;
using NodaTime;

namespace FriendlyGov.Application.Sessions.ResolveSessionIssue;

/// <summary>Handles <see cref="ResolveSessionIssue"/>; returns <see langword="true"/> when the issue was resolved by its deadline.</summary>
/// <param name="lookup">Finds the session.</param>
/// <param name="sessions">Stores the session.</param>
/// <param name="step">Who records it, when (for today's date in Vietnam), and the audit entry.</param>
internal sealed class ResolveSessionIssueHandler(ByIdLookup<MorningSession> lookup, IRepository<MorningSession> sessions, StepContext step)
    : AggregateStepHandler<ResolveSessionIssue, MorningSession, bool>(sessions, step)
{
    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal) { ["number"] = "issueNumber", ["on"] = "resolvedOn" };

    /// <inheritdoc />
    protected override IReadOnlyDictionary<string, string> DomainFields => Fields;

    /// <inheritdoc />
    protected override Task<MorningSession> LoadAsync(ResolveSessionIssue request, CancellationToken cancellationToken) =>
        lookup.ByIdAsync(Guard.Against.Null(request).SessionId, cancellationToken);

    /// <inheritdoc />
    protected override bool Act(MorningSession aggregate, ResolveSessionIssue request, string by, Instant at)
    {
        Guard.Against.Null(aggregate);
        Guard.Against.Null(request);
        var today = VietnamTime.DateAt(at);
        if (request.ResolvedOn > today)
            throw new ValidationException(nameof(ResolveSessionIssue), [new Problem("resolvedOn", $"{request.ResolvedOn:uuuu-MM-dd} is after today, {today:uuuu-MM-dd}")]);
        aggregate.ResolveIssue(request.IssueNumber, request.ResolvedOn, by, at);
        return aggregate.Issues[request.IssueNumber - 1].ResolvedByDeadline;
    }

    /// <inheritdoc />
    protected override string Subject(MorningSession aggregate) => $"session/{Guard.Against.Null(aggregate).Id}";

    /// <inheritdoc />
    protected override string Summary(MorningSession aggregate, ResolveSessionIssue request, bool response)
    {
        var issue = Guard.Against.Null(aggregate).Issues[Guard.Against.Null(request).IssueNumber - 1];
        return $"recorded issue {issue.Number} of the session of unit {aggregate.UnitCode} on {aggregate.HeldOn:uuuu-MM-dd} as resolved on {request.ResolvedOn:uuuu-MM-dd}, {(response ? "by" : "after")} its deadline {issue.Deadline:uuuu-MM-dd}";
    }
}
