using FriendlyGov.Application.Dossiers.GetDossierStatistics;
using FriendlyGov.Application.Dossiers.ImportDossierStatistics;
using FriendlyGov.Application.Feedback.GetFeedbackSummary;
using FriendlyGov.Application.Feedback.RecordFeedback;
using FriendlyGov.Application.Validation;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Dossiers;
using FriendlyGov.Domain.Feedback;
using FriendlyGov.Domain.Periods;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using static FriendlyGov.Samples.WebApi.Endpoints.EndpointConventions;

namespace FriendlyGov.Samples.WebApi.Endpoints;

/// <summary>What citizens and the one-stop system say about a unit: anonymous feedback ratings and dossier statistics.</summary>
internal static class FeedbackEndpoints
{
    /// <summary>Maps the endpoints under <c>/units/{unitCode}/feedback</c>, <c>/units/{unitCode}/dossier-statistics</c> and <c>/dossier-statistics</c>.</summary>
    /// <param name="app">The app's routes.</param>
    public static void MapFeedback(this IEndpointRouteBuilder app)
    {
        var feedback = app.MapGroup("/units/{unitCode}/feedback").WithTags("Feedback");

        // The comment goes to the workflow, which stores it redacted; the response carries only the id and how many items were removed.
        feedback.MapPost("/", async (string unitCode, RecordFeedbackBody body, [FromHeader(Name = IdempotencyKey)] Guid? key, IMediator mediator) =>
                TypedResults.Ok(await mediator.Send(new RecordFeedback(
                    RequestId(key), unitCode, body.TransactionDate, body.Channel, body.Access, body.Procedure, body.Official, body.Result, body.FeedbackHandling, body.OfficeSmile, body.Comment))))
            .Sends<RecordFeedback>("Records a citizen's anonymous rating of a transaction; phone, ID and e-mail in the comment are redacted before it is stored (feedback collector)");

        feedback.MapGet("/summary", async Task<Ok<FeedbackSummary>> (string unitCode, string period, IMediator mediator) =>
                TypedResults.Ok(await mediator.Send(new GetFeedbackSummary(unitCode, period))))
            .Asks<GetFeedbackSummary>("The unit's feedback for a period (?period=2024): count, per aspect sum, average and share of 4s and 5s, count per channel");

        app.MapPost("/dossier-statistics", async (ImportDossierStatisticsBody body, [FromHeader(Name = IdempotencyKey)] Guid? key, IMediator mediator) =>
                TypedResults.Ok(await mediator.Send(new ImportDossierStatistics(RequestId(key), body.Source, RowsOf(body.Rows)))))
            .WithTags("Dossiers")
            .SendsBulk<ImportDossierStatistics>("Records units' dossier counts for periods, adding or revising, all or nothing (data importer or province administrator)");

        app.MapGet("/units/{unitCode}/dossier-statistics", async Task<Results<Ok<DossierCounts>, ProblemHttpResult>> (string unitCode, string period, IMediator mediator) =>
                await mediator.Send(new GetDossierStatistics(unitCode, period)) is { } counts
                    ? TypedResults.Ok(counts)
                    : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"Unit {unitCode} has no dossier statistics recorded for {period}."))
            .WithTags("Dossiers")
            .Asks<GetDossierStatistics>("The dossier counts recorded for a unit and exactly that period (?period=2024-Q1); 404 when none were");
    }

    /// <summary>
    /// The body's rows as the workflow's, numbered from 1 in the order given; every row whose
    /// period or counts are wrong is named at once, as <c>rows[0].received</c>.
    /// </summary>
    private static List<DossierStatisticsRow> RowsOf(IReadOnlyList<DossierRowBody>? rows)
    {
        var problems = new List<Problem>();
        var result = new List<DossierStatisticsRow>();
        foreach (var (row, index) in (rows ?? []).Select((r, i) => (r, i)))
        {
            var at = $"rows[{index}]";
            var counts = DossierCounts.Check(row.Received, row.ResolvedOnTime, row.ResolvedLate, row.Overdue, row.Pending, row.FiledOnline).ToList();
            problems.AddRange(counts.Select(p => new Problem($"{at}.{p.Path}", p.Message)));
            if (!AssessmentPeriod.TryParse(row.Period ?? string.Empty, out var period))
                problems.Add(new Problem($"{at}.period", $"'{row.Period}' is not a period such as 2024, 2024-H1, 2024-Q2 or 2024-05"));
            if (counts.Count == 0 && period is not null)
                result.Add(new DossierStatisticsRow(index + 1, row.UnitCode, period, new DossierCounts(row.Received, row.ResolvedOnTime, row.ResolvedLate, row.Overdue, row.Pending, row.FiledOnline)));
        }

        return problems.Count == 0 ? result : throw new ValidationException(nameof(ImportDossierStatistics), problems);
    }

    /// <summary>A citizen's rating of one transaction.</summary>
    /// <param name="TransactionDate">The date of the transaction, in Vietnam; not after today.</param>
    /// <param name="Channel"><c>qrCode</c>, <c>kiosk</c>, <c>onlinePortal</c> or <c>paper</c>.</param>
    /// <param name="Access">Access to the service, 1 to 5.</param>
    /// <param name="Procedure">The procedure, 1 to 5.</param>
    /// <param name="Official">The official who served, 1 to 5.</param>
    /// <param name="Result">The result, 1 to 5.</param>
    /// <param name="FeedbackHandling">The handling of feedback, 1 to 5.</param>
    /// <param name="OfficeSmile">"Office smile" (Nụ cười công sở), 1 to 5.</param>
    /// <param name="Comment">The citizen's comment, if any; stored with personal data redacted.</param>
    internal sealed record RecordFeedbackBody(
        LocalDate TransactionDate, FeedbackChannel Channel, int Access, int Procedure, int Official, int Result, int FeedbackHandling, int OfficeSmile, string? Comment = null)
    {
        // A record prints every property; the comment may hold personal data, so it is left out of logs.
        public override string ToString() => $"{nameof(RecordFeedbackBody)} {{ TransactionDate = {TransactionDate}, Channel = {Channel}, Comment = {(Comment is null ? "null" : "(withheld)")} }}";
    }

    /// <summary>Dossier statistics to import.</summary>
    /// <param name="Source">Where the rows come from, such as the file's name; written to the audit trail.</param>
    /// <param name="Rows">The rows, at least one; problems name them from 0 (<c>rows[0].received</c>) and the workflow's from 1 (<c>row 1</c>).</param>
    internal sealed record ImportDossierStatisticsBody(string Source, IReadOnlyList<DossierRowBody> Rows);

    /// <summary>One unit's dossier counts for one period.</summary>
    /// <param name="UnitCode">The unit.</param>
    /// <param name="Period"><c>2024</c>, <c>2024-H1</c>, <c>2024-Q2</c> or <c>2024-05</c>.</param>
    /// <param name="Received">Dossiers received, including those carried over.</param>
    /// <param name="ResolvedOnTime">Resolved by their due date.</param>
    /// <param name="ResolvedLate">Resolved after their due date.</param>
    /// <param name="Overdue">Still open at the period's end, past their due date.</param>
    /// <param name="Pending">Still open at the period's end, within their due date.</param>
    /// <param name="FiledOnline">Of those received, filed online.</param>
    internal sealed record DossierRowBody(string UnitCode, string Period, int Received, int ResolvedOnTime, int ResolvedLate, int Overdue, int Pending, int FiledOnline);
}
