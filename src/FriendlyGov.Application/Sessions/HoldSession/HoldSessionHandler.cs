using FriendlyGov.Application.Conduct;
using FriendlyGov.Application.Ports;
using FriendlyGov.Application.Validation;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Conduct;
using FriendlyGov.Domain.Sessions;
using FriendlyGov.Domain.Sessions.Specifications;
using NodaTime;

namespace FriendlyGov.Application.Sessions.HoldSession;

/// <summary>Handles <see cref="HoldSession"/>; returns the session's id.</summary>
/// <param name="sessions">Stores the session.</param>
/// <param name="conduct">Finds the chair.</param>
/// <param name="currentActor">Who records it.</param>
/// <param name="clock">The clock, for today's date in Vietnam.</param>
/// <param name="audit">The audit entry's subject and summary.</param>
internal sealed class HoldSessionHandler(
    IRepository<MorningSession> sessions,
    ConductLookup conduct,
    ICurrentActor currentActor,
    IClock clock,
    AuditContext audit) : IRequestHandler<HoldSession, Guid>
{
    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal) { ["chair"] = "chairCode" };

    /// <inheritdoc />
    public async Task<Guid> Handle(HoldSession request, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        var now = clock.GetCurrentInstant();
        var today = VietnamTime.DateAt(now);
        if (request.HeldOn > today)
            throw new ValidationException(nameof(HoldSession), [new Problem("heldOn", $"{request.HeldOn:uuuu-MM-dd} is after today, {today:uuuu-MM-dd}: record a session once it was held")]);
        if (await sessions.AnyAsync(new SessionOfUnitOnSpec(request.UnitCode, request.HeldOn), cancellationToken).ConfigureAwait(false))
            throw new ValidationException(nameof(HoldSession), [new Problem("heldOn", $"unit {request.UnitCode} already recorded a session on {request.HeldOn:uuuu-MM-dd}")]);
        var chair = await conduct.OfficialAsync(request.ChairCode, cancellationToken).ConfigureAwait(false);

        var session = DomainInput.Checked(nameof(HoldSession), Fields, () => MorningSession.Hold(
            request.UnitCode, request.HeldOn, chair, request.Attendance,
            [.. request.Issues.Select(i => new IssueToRaise(i.Summary, i.Deadline))], currentActor.Actor.Id, now));
        await sessions.AddAsync(session, cancellationToken).ConfigureAwait(false);
        audit.Record(
            $"session/{session.Id}",
            $"recorded the \"Morning with the People\" session of unit {session.UnitCode} on {session.HeldOn:uuuu-MM-dd}, chaired by official {session.ChairCode} ({session.ChairRole.ToCode()}), {session.Attendance} attending, {session.Issues.Count} issues raised");
        return session.Id;
    }
}
