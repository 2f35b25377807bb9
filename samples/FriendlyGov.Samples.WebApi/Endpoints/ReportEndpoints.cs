using System.Text;
using FriendlyGov.Application;
using FriendlyGov.Application.Ports;
using FriendlyGov.Application.Rankings.GetRanking;
using FriendlyGov.Application.Scorecards.GetFinalScorecard;
using FriendlyGov.Application.Validation;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Assessments;
using FriendlyGov.Domain.Criteria;
using FriendlyGov.Reporting;
using MediatR;

namespace FriendlyGov.Samples.WebApi.Endpoints;

/// <summary>
/// The reports people read, served as pages: a round's ranking and a unit's final scorecard as
/// HTML (or <c>?format=md</c>, <c>?format=csv</c>), built with <c>FriendlyGov.Reporting</c> from
/// what <c>GetRanking</c> and <c>GetFinalScorecard</c> return to the signed-in actor.
/// </summary>
/// <remarks>
/// They send no request of their own, so their operations are named after the page
/// (<c>GetRoundReport</c>, <c>GetUnitReport</c>), under the tag <see cref="Tag"/>; who may read
/// them is who may send the queries they are built from.
/// </remarks>
internal static class ReportEndpoints
{
    /// <summary>The OpenAPI tag of the report pages.</summary>
    public const string Tag = "Reports";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    // With a byte-order mark, as ReportFolder writes CSV: without it Excel garbles Vietnamese.
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    /// <summary>Maps <c>/rounds/{roundId}/report</c>, <c>/rounds/{roundId}/units/{unitCode}/report</c>, and <c>/rounds/{roundId}/units/{unitCode}.html</c>, where the ranking page's links lead.</summary>
    /// <param name="app">The app's routes.</param>
    public static void MapReports(this IEndpointRouteBuilder app)
    {
        var reports = app.MapGroup("/rounds/{roundId:guid}").WithTags(Tag);

        reports.MapGet("/report", async (Guid roundId, string? format, IMediator mediator, IFrameworkCatalog catalog, CancellationToken cancellationToken) =>
                Page(FormatOf(format), "ranking", RankingReport.Of(await FinalReportsAsync(roundId, mediator, catalog, cancellationToken)), HtmlReport.Write, MarkdownReport.Write, CsvReport.Write))
            .Describe("GetRoundReport", "The round's ranking as a page: HTML with charts, each unit linking to its scorecard (?format=md|csv); 404 before any unit is finalized");

        reports.MapGet("/units/{unitCode}/report", async (Guid roundId, string unitCode, string? format, IMediator mediator, IFrameworkCatalog catalog, CancellationToken cancellationToken) =>
                Page(FormatOf(format), unitCode, await FinalReportAsync(roundId, unitCode, mediator, catalog, cancellationToken), HtmlReport.Write, MarkdownReport.Write, CsvReport.Write))
            .Describe("GetUnitReport", "The unit's final scorecard as a page: HTML with a chart and every indicator explained (?format=md|csv); 404 when never finalized");

        // The ranking page links to units/CODE.html, as in a report folder; served at /rounds/{id}/report, that is this path.
        reports.MapGet("/units/{unitCode}.html", async (Guid roundId, string unitCode, IMediator mediator, IFrameworkCatalog catalog, CancellationToken cancellationToken) =>
                Page(ReportFormat.Html, unitCode, await FinalReportAsync(roundId, unitCode, mediator, catalog, cancellationToken), HtmlReport.Write, MarkdownReport.Write, CsvReport.Write))
            .ExcludeFromDescription();
    }

    private static RouteHandlerBuilder Describe(this RouteHandlerBuilder builder, string name, string summary) =>
        builder
            .WithName(name)
            .WithSummary(summary)
            .WithDescription("Built from the workflow's GetRanking and GetFinalScorecard, sent through IMediator as the signed-in actor, with FriendlyGov.Reporting.")
            .Produces(StatusCodes.Status200OK, contentType: "text/html", additionalContentTypes: ["text/markdown", "text/csv"])
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    /// <summary>The final scorecard of each unit the round ranks.</summary>
    private static async Task<List<ScorecardReport>> FinalReportsAsync(Guid roundId, IMediator mediator, IFrameworkCatalog catalog, CancellationToken cancellationToken)
    {
        var ranked = await mediator.Send(new GetRanking(roundId), cancellationToken);
        if (ranked.Count == 0)
            throw new NotFoundException($"Round {roundId} has no finalized assessment yet: there is no ranking to report.");
        var reports = new List<ScorecardReport>();
        foreach (var row in ranked)
            reports.Add(await FinalReportAsync(roundId, row.UnitCode, mediator, catalog, cancellationToken));
        return reports;
    }

    private static async Task<ScorecardReport> FinalReportAsync(Guid roundId, string unitCode, IMediator mediator, IFrameworkCatalog catalog, CancellationToken cancellationToken)
    {
        var snapshot = await mediator.Send(new GetFinalScorecard(roundId, unitCode), cancellationToken)
            ?? throw new NotFoundException($"Unit {unitCode} has no final scorecard in round {roundId}: it was never finalized.");
        return ScorecardReport.From(snapshot, FrameworkOf(snapshot, catalog));
    }

    /// <summary>The framework a snapshot was scored on, from the app's catalog.</summary>
    private static CriteriaFramework FrameworkOf(ScorecardSnapshot snapshot, IFrameworkCatalog catalog) =>
        FrameworkId.TryParse(snapshot.Framework, out var id) && catalog.TryGet(id!, out var framework)
            ? framework
            : throw new NotFoundException($"The framework {snapshot.Framework} of unit {snapshot.UnitCode}'s scorecard is not in this app's catalog.");

    private static ReportFormat FormatOf(string? format) => format?.ToLowerInvariant() switch
    {
        null or "html" => ReportFormat.Html,
        "md" => ReportFormat.Markdown,
        "csv" => ReportFormat.Csv,
        _ => throw new ValidationException("report", [new Problem("format", $"'{format}' is not one of html, md, csv")]),
    };

    private static IResult Page<T>(ReportFormat format, string name, T report, Action<T, TextWriter> html, Action<T, TextWriter> markdown, Action<T, TextWriter> csv)
    {
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        (format switch { ReportFormat.Markdown => markdown, ReportFormat.Csv => csv, _ => html })(report, text);
        return format switch
        {
            ReportFormat.Markdown => Results.Text(text.ToString(), "text/markdown; charset=utf-8", Utf8),
            ReportFormat.Csv => Results.File([.. Utf8WithBom.GetPreamble(), .. Utf8WithBom.GetBytes(text.ToString())], "text/csv; charset=utf-8", $"{name}.csv"),
            _ => Results.Text(text.ToString(), "text/html; charset=utf-8", Utf8),
        };
    }

    private enum ReportFormat
    {
        Html,
        Markdown,
        Csv,
    }
}
