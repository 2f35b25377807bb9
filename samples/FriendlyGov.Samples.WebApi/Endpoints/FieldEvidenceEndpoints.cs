using FriendlyGov.Application.Disclosures.EndDisclosurePosting;
using FriendlyGov.Application.Disclosures.GetDisclosureSummary;
using FriendlyGov.Application.Disclosures.RecordDisclosure;
using FriendlyGov.Application.Sessions.GetSessionSummary;
using FriendlyGov.Application.Sessions.HoldSession;
using FriendlyGov.Application.Sessions.ResolveSessionIssue;
using FriendlyGov.Domain.Disclosures;
using FriendlyGov.Domain.Sessions;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using static FriendlyGov.Samples.WebApi.Endpoints.EndpointConventions;

namespace FriendlyGov.Samples.WebApi.Endpoints;

/// <summary>Evidence from the field: "Morning with the People" sessions and public disclosures.</summary>
internal static class FieldEvidenceEndpoints
{
    /// <summary>Maps the endpoints under <c>/units/{unitCode}/sessions</c>, <c>/sessions</c>, <c>/units/{unitCode}/disclosures</c> and <c>/disclosures</c>.</summary>
    /// <param name="app">The app's routes.</param>
    public static void MapFieldEvidence(this IEndpointRouteBuilder app)
    {
        var sessions = app.MapGroup(string.Empty).WithTags("Sessions");

        sessions.MapPost("/units/{unitCode}/sessions", async (string unitCode, HoldSessionBody body, [FromHeader(Name = IdempotencyKey)] Guid? key, IMediator mediator) =>
                TypedResults.Ok(new SessionHeld(await mediator.Send(new HoldSession(RequestId(key), unitCode, body.HeldOn, body.ChairCode, body.Attendance, body.Issues ?? [])))))
            .Sends<HoldSession>("Records a \"Morning with the People\" session the unit held, with the issues raised (the unit's officer or a province administrator)");

        sessions.MapPost("/sessions/{sessionId:guid}/issues/{issueNumber:int}/resolution", async (Guid sessionId, int issueNumber, ResolveSessionIssueBody body, [FromHeader(Name = IdempotencyKey)] Guid? key, IMediator mediator) =>
                TypedResults.Ok(new IssueResolved(await mediator.Send(new ResolveSessionIssue(RequestId(key), sessionId, issueNumber, body.ResolvedOn)))))
            .Sends<ResolveSessionIssue>("Records the day an issue raised at a session was resolved, once (the unit's officer or a province administrator)");

        sessions.MapGet("/units/{unitCode}/sessions/summary", async Task<Ok<SessionSummary>> (string unitCode, string period, IMediator mediator) =>
                TypedResults.Ok(await mediator.Send(new GetSessionSummary(unitCode, period))))
            .Asks<GetSessionSummary>("The unit's sessions over a period (?period=2024-Q1): per month, share chaired by the head, share of issues resolved by their deadline, issues overdue now");

        var disclosures = app.MapGroup(string.Empty).WithTags("Disclosures");

        disclosures.MapPost("/units/{unitCode}/disclosures", async (string unitCode, RecordDisclosureBody body, [FromHeader(Name = IdempotencyKey)] Guid? key, IMediator mediator) =>
                TypedResults.Ok(new DisclosureRecorded(await mediator.Send(new RecordDisclosure(RequestId(key), unitCode, body.ItemId, body.Occasion, body.Channel, body.PostedFrom, body.PostedUntil)))))
            .Sends<RecordDisclosure>("Records that the unit made a catalogue item public on one channel (the unit's officer or a province administrator)");

        disclosures.MapPost("/disclosures/{disclosureId:guid}/end", async (Guid disclosureId, EndDisclosurePostingBody body, [FromHeader(Name = IdempotencyKey)] Guid? key, IMediator mediator) =>
                TypedResults.Ok(new DisclosurePostingEnded(await mediator.Send(new EndDisclosurePosting(RequestId(key), disclosureId, body.PostedUntil)))))
            .Sends<EndDisclosurePosting>("Records the last day a posting still up was public, once (the unit's officer or a province administrator)");

        disclosures.MapGet("/units/{unitCode}/disclosures/summary", async Task<Ok<DisclosureSummary>> (string unitCode, string period, IMediator mediator) =>
                TypedResults.Ok(await mediator.Send(new GetDisclosureSummary(unitCode, period))))
            .Asks<GetDisclosureSummary>("The disclosures the unit had to make in a period (?period=2024), each met, pending, too short, late or missing, and the share met");
    }

    /// <summary>A session held.</summary>
    /// <param name="HeldOn">The date of the session; not after today.</param>
    /// <param name="ChairCode">The official who chaired it, serving in the unit that day.</param>
    /// <param name="Attendance">How many people attended.</param>
    /// <param name="Issues">The issues raised, in order (numbered from 1); none when left out.</param>
    internal sealed record HoldSessionBody(LocalDate HeldOn, string ChairCode, int Attendance, IReadOnlyList<SessionIssue>? Issues = null);

    /// <summary>An issue's resolution.</summary>
    /// <param name="ResolvedOn">The day it was resolved.</param>
    internal sealed record ResolveSessionIssueBody(LocalDate ResolvedOn);

    /// <summary>A disclosure made.</summary>
    /// <param name="ItemId">The catalogue item.</param>
    /// <param name="Occasion">The event's date, or any day of the year concerned for a yearly item.</param>
    /// <param name="Channel"><c>noticeBoard</c>, <c>radio</c>, <c>webPortal</c> or <c>villageMeeting</c>.</param>
    /// <param name="PostedFrom">The first day public.</param>
    /// <param name="PostedUntil">The last day public; left out while it stays up.</param>
    internal sealed record RecordDisclosureBody(string ItemId, LocalDate Occasion, DisclosureChannel Channel, LocalDate PostedFrom, LocalDate? PostedUntil = null);

    /// <summary>The end of a posting.</summary>
    /// <param name="PostedUntil">The last day public.</param>
    internal sealed record EndDisclosurePostingBody(LocalDate PostedUntil);

    /// <summary>A session was recorded.</summary>
    /// <param name="SessionId">The new session.</param>
    internal sealed record SessionHeld(Guid SessionId);

    /// <summary>An issue was resolved.</summary>
    /// <param name="ResolvedByDeadline">Whether it was resolved on or before its deadline.</param>
    internal sealed record IssueResolved(bool ResolvedByDeadline);

    /// <summary>A disclosure was recorded.</summary>
    /// <param name="DisclosureId">The disclosure (the one already recorded, for the same unit, item, occasion, channel and first day).</param>
    internal sealed record DisclosureRecorded(Guid DisclosureId);

    /// <summary>A posting ended.</summary>
    /// <param name="DaysPosted">How many days the disclosure was public.</param>
    internal sealed record DisclosurePostingEnded(int DaysPosted);
}
