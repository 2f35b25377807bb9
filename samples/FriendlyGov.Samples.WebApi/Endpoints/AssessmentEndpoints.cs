using FriendlyGov.Application.Assessments.Appeal;
using FriendlyGov.Application.Assessments.CompleteAppraisal;
using FriendlyGov.Application.Assessments.Finalize;
using FriendlyGov.Application.Assessments.GetAssessment;
using FriendlyGov.Application.Assessments.RecordEvidence;
using FriendlyGov.Application.Assessments.StartAppraisal;
using FriendlyGov.Application.Assessments.SubmitSelfAssessment;
using FriendlyGov.Application.Audit.GetAuditTrail;
using FriendlyGov.Application.Scorecards.GetFinalScorecard;
using FriendlyGov.Application.Scorecards.GetLiveScorecard;
using FriendlyGov.Application.Scorecards.GetWhatItWouldTake;
using FriendlyGov.Domain.Assessments;
using FriendlyGov.Domain.Audit;
using FriendlyGov.Domain.Evidence;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using static FriendlyGov.Samples.WebApi.Endpoints.EndpointConventions;

namespace FriendlyGov.Samples.WebApi.Endpoints;

/// <summary>One unit's assessment in a round: evidence, submission, appraisal, finalization, appeal, and what can be read about it.</summary>
internal static class AssessmentEndpoints
{
    /// <summary>Maps the endpoints under <c>/rounds/{roundId}/units/{unitCode}</c>.</summary>
    /// <param name="app">The app's routes.</param>
    public static void MapAssessments(this IEndpointRouteBuilder app)
    {
        var unit = app.MapGroup("/rounds/{roundId:guid}/units/{unitCode}").WithTags("Assessments");

        unit.MapPost("/evidence", async (Guid roundId, string unitCode, RecordEvidenceBody body, [FromHeader(Name = IdempotencyKey)] Guid? key, IMediator mediator) =>
                TypedResults.Ok(new EvidenceRecorded(await mediator.Send(new RecordEvidence(RequestId(key), roundId, unitCode, body.IndicatorId, body.Source, body.Evidence, body.Note)))))
            .Sends<RecordEvidence>("Records evidence for one indicator: self-assessed by the unit's officer, or appraised by an appraiser");

        unit.MapPost("/submission", async (Guid roundId, string unitCode, [FromHeader(Name = IdempotencyKey)] Guid? key, IMediator mediator) =>
                TypedResults.Ok(await mediator.Send(new SubmitSelfAssessment(RequestId(key), roundId, unitCode))))
            .Sends<SubmitSelfAssessment>("Submits the unit's self-assessment for appraisal (unit officer)");

        unit.MapPost("/appraisal", async (Guid roundId, string unitCode, [FromHeader(Name = IdempotencyKey)] Guid? key, IMediator mediator) =>
                TypedResults.Ok(new AssessmentMoved(await mediator.Send(new StartAppraisal(RequestId(key), roundId, unitCode)))))
            .Sends<StartAppraisal>("Starts the appraisal of a submitted self-assessment (appraiser of the province, not of the unit)");

        unit.MapPost("/appraisal/completion", async (Guid roundId, string unitCode, [FromHeader(Name = IdempotencyKey)] Guid? key, IMediator mediator) =>
                TypedResults.Ok(new AssessmentMoved(await mediator.Send(new CompleteAppraisal(RequestId(key), roundId, unitCode)))))
            .Sends<CompleteAppraisal>("Completes the appraisal, after the first appraisal or an appeal (appraiser)");

        unit.MapPost("/finalization", async (Guid roundId, string unitCode, [FromHeader(Name = IdempotencyKey)] Guid? key, IMediator mediator) =>
                TypedResults.Ok(await mediator.Send(new FinalizeAssessment(RequestId(key), roundId, unitCode))))
            .Sends<FinalizeAssessment>("Finalizes an appraised assessment and returns the scorecard it keeps (province administrator)");

        unit.MapPost("/appeals", async (Guid roundId, string unitCode, ReasonBody body, [FromHeader(Name = IdempotencyKey)] Guid? key, IMediator mediator) =>
                TypedResults.Ok(new AssessmentMoved(await mediator.Send(new FileAppeal(RequestId(key), roundId, unitCode, body.Reason)))))
            .Sends<FileAppeal>("Files an appeal against a finalized assessment, reopening it (province administrator)");

        unit.MapGet("/scorecard", async Task<Ok<ScorecardSnapshot>> (Guid roundId, string unitCode, IMediator mediator) =>
                TypedResults.Ok(await mediator.Send(new GetLiveScorecard(roundId, unitCode))))
            .Asks<GetLiveScorecard>("The unit's scorecard as it stands now, with each indicator's explanation");

        unit.MapGet("/scorecard/final", async Task<Results<Ok<ScorecardSnapshot>, ProblemHttpResult>> (Guid roundId, string unitCode, IMediator mediator) =>
                await mediator.Send(new GetFinalScorecard(roundId, unitCode)) is { } final
                    ? TypedResults.Ok(final)
                    : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"Unit {unitCode} has no final scorecard in round {roundId}: it was never finalized."))
            .Asks<GetFinalScorecard>("The scorecard kept at the unit's last finalization; 404 when never finalized");

        unit.MapGet("/what-it-would-take", async Task<Ok<WhatItWouldTake>> (Guid roundId, string unitCode, IMediator mediator) =>
                TypedResults.Ok(await mediator.Send(new GetWhatItWouldTake(roundId, unitCode))))
            .Asks<GetWhatItWouldTake>("What it would take the unit to reach the next rating");

        unit.MapGet("/audit-trail", async Task<Ok<IReadOnlyList<AuditEntry>>> (Guid roundId, string unitCode, IMediator mediator) =>
                TypedResults.Ok(await mediator.Send(new GetAuditTrail(roundId, unitCode))))
            .Asks<GetAuditTrail>("Who did what to the unit's assessment, and when, oldest first");

        unit.MapGet("/assessment", async Task<Ok<AssessmentDetails>> (Guid roundId, string unitCode, IMediator mediator) =>
                TypedResults.Ok(await mediator.Send(new GetAssessment(roundId, unitCode))))
            .Asks<GetAssessment>("The assessment's state, version and every evidence entry, self-assessed and appraised, with who recorded it and when");
    }

    /// <summary>Evidence for one indicator.</summary>
    /// <param name="IndicatorId">The indicator, such as <c>G1.2.1</c>.</param>
    /// <param name="Source"><c>self</c> or <c>appraisal</c>.</param>
    /// <param name="Evidence">The figures the indicator's method reads, as in an evidence file: <c>{ "value": 0.55 }</c>.</param>
    /// <param name="Note">A note, if any.</param>
    internal sealed record RecordEvidenceBody(string IndicatorId, EvidenceSource Source, IndicatorEvidence Evidence, string? Note = null);
}
