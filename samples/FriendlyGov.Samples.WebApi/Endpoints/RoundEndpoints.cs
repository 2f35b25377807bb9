using FriendlyGov.Application.Assessments.RecordEvidenceInBulk;
using FriendlyGov.Application.Audit;
using FriendlyGov.Application.Audit.GetProvinceAuditTrail;
using FriendlyGov.Application.Audit.GetRoundAuditTrail;
using FriendlyGov.Application.Rankings.GetRanking;
using FriendlyGov.Application.Rounds.GetRoundResult;
using FriendlyGov.Frameworks;
using FriendlyGov.Application.Rounds.CheckDeadlines;
using FriendlyGov.Application.Rounds.Open;
using FriendlyGov.Application.Validation;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Evidence;
using FriendlyGov.Domain.Units;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using static FriendlyGov.Samples.WebApi.Endpoints.EndpointConventions;

namespace FriendlyGov.Samples.WebApi.Endpoints;

/// <summary>Assessment rounds: opening one, its deadlines, evidence in bulk, its ranking.</summary>
internal static class RoundEndpoints
{
    /// <summary>Maps the endpoints under <c>/rounds</c>.</summary>
    /// <param name="app">The app's routes.</param>
    public static void MapRounds(this IEndpointRouteBuilder app)
    {
        var rounds = app.MapGroup("/rounds").WithTags("Rounds");

        rounds.MapPost("/", async (OpenRoundBody body, [FromHeader(Name = IdempotencyKey)] Guid? key, IMediator mediator) =>
                TypedResults.Ok(new RoundOpened(await mediator.Send(new OpenRound(
                    RequestId(key), body.Framework, body.Period, body.Province, body.UnitCodes, body.SelfAssessmentDeadline, body.AppraisalDeadline, body.RefuseLateSubmissions)))))
            .SendsBulk<OpenRound>("Opens an assessment round on a framework for a period, with a draft assessment per unit (province administrator)");

        rounds.MapPost("/{roundId:guid}/evidence", async (Guid roundId, RecordEvidenceInBulkBody body, [FromHeader(Name = IdempotencyKey)] Guid? key, IMediator mediator) =>
                TypedResults.Ok(new EvidenceRecorded(await mediator.Send(new RecordEvidenceInBulk(RequestId(key), roundId, body.Source, body.Entries)))))
            .SendsBulk<RecordEvidenceInBulk>("Records evidence for many indicators of many units in one call: all of it, or none");

        rounds.MapPost("/{roundId:guid}/deadline-checks", async Task<Ok<IReadOnlyList<string>>> (Guid roundId, IMediator mediator) =>
                TypedResults.Ok(await mediator.Send(new CheckDeadlines(roundId))))
            .Asks<CheckDeadlines>("Checks the self-assessment deadline: the units still in draft after it (each check notifies them again, hence POST)");

        rounds.MapGet("/{roundId:guid}/ranking", async Task<Ok<IReadOnlyList<RankingRow>>> (Guid roundId, string? kind, IMediator mediator) =>
                TypedResults.Ok(await mediator.Send(new GetRanking(roundId, KindOf(kind)))))
            .Asks<GetRanking>("The round's ranking of finalized units (1, 2, 2, 4); ?kind=xa|phuong|thi-tran|dac-khu ranks one kind among itself");

        rounds.MapGet("/{roundId:guid}/result", async (Guid roundId, IMediator mediator) =>
                TypedResults.Bytes(ResultBundleWriter.Write(await mediator.Send(new GetRoundResult(roundId))), "application/json", $"result-{roundId}.json"))
            .Asks<GetRoundResult>("The round's published results as a friendlygov.result/1 bundle, which `friendlygov result verify` checks offline");

        rounds.MapGet("/{roundId:guid}/audit-trail", async Task<Ok<AuditTrailPage>> (Guid roundId, long? after, int? pageSize, IMediator mediator) =>
                TypedResults.Ok(await mediator.Send(new GetRoundAuditTrail(roundId, after ?? 0, pageSize ?? 100))))
            .Asks<GetRoundAuditTrail>("The round's audit trail a page at a time, oldest first: ?after=SEQUENCE&pageSize=N (at most 1000)");

        app.MapGet("/provinces/{province}/audit-trail", async Task<Ok<AuditTrailPage>> (string province, long? after, int? pageSize, IMediator mediator) =>
                TypedResults.Ok(await mediator.Send(new GetProvinceAuditTrail(province, after ?? 0, pageSize ?? 100))))
            .WithTags("Rounds")
            .Asks<GetProvinceAuditTrail>("The audit trail of every round of a province, a page at a time: ?after=SEQUENCE&pageSize=N (at most 1000)");
    }

    private static UnitKind? KindOf(string? code) =>
        code is null ? null
        : UnitKinds.TryParse(code, out var kind) ? kind
        : throw new ValidationException(nameof(GetRanking), [new Problem("kind", $"'{code}' is not one of {string.Join(", ", UnitKinds.AllCodes)}")]);

    /// <summary>A round to open.</summary>
    /// <param name="Framework">The framework, <c>id@version</c>, such as <c>dongnai-friendly-government@2024.1</c>.</param>
    /// <param name="Period">The period: <c>2024</c>, <c>2024-H1</c>, <c>2024-Q2</c> or <c>2024-05</c>, as the framework's period kind.</param>
    /// <param name="Province">The province running the round.</param>
    /// <param name="UnitCodes">The units assessed.</param>
    /// <param name="SelfAssessmentDeadline">The last day to submit a self-assessment, in Vietnam.</param>
    /// <param name="AppraisalDeadline">The last day to complete appraisal.</param>
    /// <param name="RefuseLateSubmissions">Whether a late self-assessment is refused rather than recorded as late.</param>
    internal sealed record OpenRoundBody(
        string Framework,
        string Period,
        string Province,
        IReadOnlyList<string> UnitCodes,
        LocalDate SelfAssessmentDeadline,
        LocalDate AppraisalDeadline,
        bool RefuseLateSubmissions = false);

    /// <summary>Evidence for many indicators of many units.</summary>
    /// <param name="Source"><c>self</c> or <c>appraisal</c>, for every entry.</param>
    /// <param name="Entries">The entries, at least one.</param>
    internal sealed record RecordEvidenceInBulkBody(EvidenceSource Source, IReadOnlyList<EvidenceInput> Entries);
}
