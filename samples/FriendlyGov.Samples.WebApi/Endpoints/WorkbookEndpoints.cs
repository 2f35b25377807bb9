using FriendlyGov.Application;
using FriendlyGov.Application.Assessments.RecordEvidenceInBulk;
using FriendlyGov.Application.Ports;
using FriendlyGov.Application.Scorecards.GetLiveScorecard;
using FriendlyGov.Application.Validation;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Criteria;
using FriendlyGov.Domain.Evidence;
using FriendlyGov.Domain.Periods;
using FriendlyGov.Domain.Units;
using FriendlyGov.Domain.Units.Specifications;
using FriendlyGov.Frameworks;
using FriendlyGov.Samples.WebApi.Limits;
using FriendlyGov.Workbooks;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using static FriendlyGov.Samples.WebApi.Endpoints.EndpointConventions;

namespace FriendlyGov.Samples.WebApi.Endpoints;

/// <summary>
/// A unit's evidence workbook (<c>friendlygov.evidence-workbook/1</c>, docs/formats.md): downloaded
/// blank for the round's framework, the unit and the period, filled in Excel or LibreOffice, and
/// uploaded back to record its evidence, all or nothing.
/// </summary>
/// <remarks>
/// They are the evidence requests in another format, so their operations are named after the
/// workbook (<c>GetEvidenceWorkbook</c>, <c>RecordEvidenceFromWorkbook</c>), under the tag
/// <see cref="Tag"/>, and each sends an existing request as the signed-in actor: the download
/// <c>GetLiveScorecard</c> (who may read the unit's assessment, and the round's framework and
/// period), the upload <c>GetLiveScorecard</c> then <c>RecordEvidenceInBulk</c> (who may record
/// that evidence). No query returns a unit's kind and province, which the workbook names, so the
/// download reads them through the library's <see cref="IReadRepository{T}"/> port once the query
/// has let the actor in.
/// </remarks>
internal static class WorkbookEndpoints
{
    /// <summary>The OpenAPI tag of the workbook endpoints.</summary>
    public const string Tag = "Workbooks";

    /// <summary>The media type of an <c>.xlsx</c> workbook.</summary>
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    // Thread-safe; reading a workbook only uses it for the framework's scoring engine, made once.
    private static readonly FrameworkLoader Loader = new();

    /// <summary>Maps <c>GET</c> and <c>POST /rounds/{roundId}/units/{unitCode}/evidence-workbook</c>.</summary>
    /// <param name="app">The app's routes.</param>
    /// <param name="limits">The limits; an upload is at most <see cref="LimitSettings.UploadBodyBytes"/>.</param>
    public static void MapWorkbooks(this IEndpointRouteBuilder app, LimitSettings limits)
    {
        var workbook = app.MapGroup("/rounds/{roundId:guid}/units/{unitCode}/evidence-workbook").WithTags(Tag);

        workbook.MapGet(string.Empty, async (Guid roundId, string unitCode, IMediator mediator, IFrameworkCatalog catalog, IReadRepository<AdministrativeUnit> units, CancellationToken cancellationToken) =>
            {
                var (framework, period) = await RoundOfAsync(roundId, unitCode, mediator, catalog, cancellationToken);
                // The unit the round assesses under this code: a reform may have given the code to another unit since.
                var unit = (await units.ListAsync(new UnitsByCodeSpec([unitCode]), cancellationToken)).FirstOrDefault(u => u.AssessableFor(period.Start, period.End))
                    ?? throw new NotFoundException($"No unit {unitCode} existed at the end of {period}.");
                using var xlsx = new MemoryStream();
                EvidenceWorkbook.Write(xlsx, framework, period, [unit.ToAssessedUnit()]);
                return TypedResults.File(xlsx.ToArray(), XlsxType, $"evidence-{unitCode}-{period}.xlsx");
            })
            .Describe<GetLiveScorecard>("GetEvidenceWorkbook", "The unit's evidence workbook (.xlsx) to fill in: the round's framework, the unit and the period, every indicator with what to enter", "for the round's framework and period")
            .Produces(StatusCodes.Status200OK, contentType: XlsxType);

        workbook.MapPost(string.Empty, async (Guid roundId, string unitCode, HttpRequest request, [FromHeader(Name = IdempotencyKey)] Guid? key, IMediator mediator, IFrameworkCatalog catalog, CancellationToken cancellationToken) =>
            {
                var (file, source) = await UploadOfAsync(request, cancellationToken);
                var (framework, _) = await RoundOfAsync(roundId, unitCode, mediator, catalog, cancellationToken);
                var document = string.IsNullOrWhiteSpace(file.FileName) ? "workbook" : MessageText.Printable(file.FileName, 100);
                IReadOnlyList<LoadedEvidence> read;
                await using (var stream = file.OpenReadStream())
                    read = EvidenceWorkbook.Read(stream, document, Loader, framework, new WorkbookLimits { MaxBytes = limits.UploadBodyBytes });
                var entries = EntriesOf(read, unitCode, source, document);
                return TypedResults.Ok(new EvidenceRecorded(await mediator.Send(new RecordEvidenceInBulk(RequestId(key), roundId, source, entries), cancellationToken)));
            })
            .Describe<RecordEvidenceInBulk>("RecordEvidenceFromWorkbook", "Records the evidence of a filled evidence workbook (multipart/form-data: file, source=self|appraisal): all of it, or none, every bad cell named as sheet!cell", "after GetLiveScorecard for the round's framework")
            .Accepts<WorkbookUpload>("multipart/form-data")
            .WithMetadata(BodySize.Upload)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
    }

    /// <summary>The round's framework and period, sending <c>GetLiveScorecard</c>: who may not read the unit's assessment is refused here.</summary>
    private static async Task<(CriteriaFramework Framework, AssessmentPeriod Period)> RoundOfAsync(Guid roundId, string unitCode, IMediator mediator, IFrameworkCatalog catalog, CancellationToken cancellationToken)
    {
        var card = await mediator.Send(new GetLiveScorecard(roundId, unitCode), cancellationToken);
        return FrameworkId.TryParse(card.Framework, out var id) && catalog.TryGet(id!, out var framework)
            ? (framework, AssessmentPeriod.Parse(card.Period))
            : throw new NotFoundException($"The framework {card.Framework} of round {roundId} is not in this app's catalog.");
    }

    /// <summary>The form's file and source, or a 400 naming the field that is wrong.</summary>
    private static async Task<(IFormFile File, EvidenceSource Source)> UploadOfAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
            throw new ValidationException(nameof(RecordEvidenceInBulk), [new Problem("file", "send the workbook as multipart/form-data, in the field 'file', with the field 'source' (self or appraisal)")]);
        var form = await request.ReadFormAsync(cancellationToken);
        var problems = new List<Problem>();
        var file = form.Files.GetFile("file");
        if (file is null || file.Length == 0) problems.Add(new Problem("file", "a filled evidence workbook (.xlsx) is required in the field 'file'"));
        var source = form["source"].ToString() switch
        {
            "self" => EvidenceSource.Self,
            "appraisal" => EvidenceSource.Appraisal,
            _ => (EvidenceSource?)null,
        };
        if (source is null) problems.Add(new Problem("source", $"{MessageText.Quote(form["source"].ToString())} is not self or appraisal: say which columns of the workbook to record"));
        if (problems.Count > 0) throw new ValidationException(nameof(RecordEvidenceInBulk), problems);
        return (file!, source!.Value);
    }

    /// <summary>
    /// The unit's evidence of one source, as bulk entries; refused naming the place when the workbook
    /// is for other units, holds the other source's evidence or conduct observations (which this
    /// upload would not record), or holds nothing to record.
    /// </summary>
    private static List<EvidenceInput> EntriesOf(IReadOnlyList<LoadedEvidence> read, string unitCode, EvidenceSource source, string document)
    {
        var problems = new List<Problem>();
        var units = read.Select(e => e.Evidence.Unit.Code).ToList();
        if (units is not [var only] || only != unitCode)
            problems.Add(new Problem("file", $"the workbook is for unit(s) {string.Join(", ", units)}; this upload records unit {unitCode}'s evidence only: download its own workbook and fill that"));
        var evidence = read.FirstOrDefault(e => e.Evidence.Unit.Code == unitCode)?.Evidence;
        if (evidence is null) throw new InvalidInputException(problems, document);

        var (recorded, other) = source == EvidenceSource.Self ? (evidence.SelfAssessed, evidence.Appraised) : (evidence.Appraised, evidence.SelfAssessed);
        if (other.Count > 0)
        {
            problems.Add(new Problem("file",
                $"the workbook also holds {Describe(source == EvidenceSource.Self ? EvidenceSource.Appraisal : EvidenceSource.Self)} evidence ({string.Join(", ", other.Keys)}), which an upload with source={Describe(source)} would not record: clear it, or upload it separately with that source"));
        }

        if (evidence.Conduct.Count > 0)
            problems.Add(new Problem("conduct", $"the sheet holds {evidence.Conduct.Count} conduct observation(s) of unit {unitCode}: record them with POST /observations; an evidence upload does not"));
        if (recorded.Count == 0 && problems.Count == 0)
            problems.Add(new Problem("file", $"the workbook holds no {Describe(source)} evidence for unit {unitCode}: there is nothing to record"));
        InvalidInputException.ThrowIfAny(problems, document);
        // The note stays inside each entry's evidence, as in an evidence file or a JSON bulk body.
        return [.. recorded.Select(e => new EvidenceInput(unitCode, e.Key, e.Value))];
    }

    private static string Describe(EvidenceSource source) => source == EvidenceSource.Self ? "self" : "appraisal";

    private static RouteHandlerBuilder Describe<TRequest>(this RouteHandlerBuilder builder, string name, string summary, string why) =>
        builder
            .WithName(name)
            .WithSummary(summary)
            .WithDescription($"Sends the workflow's {typeof(TRequest).FullName} ({why}) through IMediator as the signed-in actor, with FriendlyGov.Workbooks; the request's own endpoint takes JSON.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    /// <summary>The form an upload sends, as OpenAPI describes it.</summary>
    /// <param name="File">The filled <c>.xlsx</c> workbook.</param>
    /// <param name="Source"><c>self</c> (the unit's officer) or <c>appraisal</c> (an appraiser): which columns are recorded.</param>
    internal sealed record WorkbookUpload(IFormFile File, string Source);
}
