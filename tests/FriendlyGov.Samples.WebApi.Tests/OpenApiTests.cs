using System.Text.Json;
using FriendlyGov.Application;

namespace FriendlyGov.Samples.WebApi.Tests;

/// <summary>The OpenAPI document has one operation for every request of the workflow, and describes each.</summary>
public sealed class OpenApiTests(WebApiFactory api) : IClassFixture<WebApiFactory>
{
    private static readonly string[] Verbs = ["get", "post", "put", "patch", "delete"];

    [Fact]
    public async Task Every_public_request_of_the_workflow_has_exactly_one_endpoint()
    {
        var requests = typeof(ICommand<>).Assembly.GetExportedTypes()
            .Where(t => t is { IsAbstract: false, IsInterface: false } && t.GetInterfaces().Any(IsRequest))
            .Select(t => t.Name)
            .ToList();

        var operations = (await Operations()).Where(o => !IsReportPage(o.Operation) && !AlternateFormats.ContainsKey(o.Id)).Select(o => o.Id).ToList();

        requests.Should().HaveCountGreaterThan(20, "the workflow has more than twenty requests; the reflection must find them");
        operations.Should().OnlyHaveUniqueItems();
        operations.Should().BeEquivalentTo(requests, "each request of FriendlyGov.Application needs an endpoint named after it, and each endpoint sends one");
    }

    [Fact]
    public async Task The_report_pages_are_the_only_operations_that_send_no_request_and_are_named_after_no_request()
    {
        var requests = typeof(ICommand<>).Assembly.GetExportedTypes().Select(t => t.Name).ToHashSet();

        var pages = (await Operations()).Where(o => IsReportPage(o.Operation)).Select(o => o.Id).ToList();

        pages.Should().BeEquivalentTo("GetRoundReport", "GetUnitReport");
        pages.Should().NotIntersectWith(requests);
    }

    [Fact]
    public async Task The_workbook_endpoints_are_the_listed_alternate_formats_each_sending_a_request_that_has_its_own_endpoint()
    {
        var requests = typeof(ICommand<>).Assembly.GetExportedTypes().Where(t => t.GetInterfaces().Any(IsRequest)).ToDictionary(t => t.Name, t => t.FullName!);
        var operations = await Operations();

        var alternates = operations.Where(o => o.Operation.GetProperty("tags")[0].GetString() == "Workbooks").ToList();

        alternates.Select(o => o.Id).Should().BeEquivalentTo(AlternateFormats.Keys, "only the listed endpoints may take a request's data in another format");
        alternates.Select(o => o.Id).Should().NotIntersectWith(requests.Keys, "an alternate format is named after the format, so the request's own endpoint keeps its name");
        foreach (var (id, operation) in alternates)
        {
            var sends = AlternateFormats[id];
            operation.GetProperty("description").GetString().Should().StartWith($"Sends the workflow's {requests[sends]} ", id);
            operations.Select(o => o.Id).Should().Contain(sends, $"{id} sends {sends}, which has its own endpoint taking JSON");
        }
    }

    [Fact]
    public async Task Every_operation_has_a_summary_and_a_tag()
    {
        foreach (var (id, operation) in await Operations())
        {
            operation.GetProperty("summary").GetString().Should().NotBeNullOrWhiteSpace(id);
            operation.GetProperty("tags").GetArrayLength().Should().Be(1, id);
        }
    }

    [Fact]
    public async Task Dates_are_described_as_ISO_strings_and_the_configured_sign_in_as_the_security_scheme()
    {
        var document = await Document();

        var schemas = document.GetProperty("components").GetProperty("schemas");
        schemas.GetProperty("LocalDate").GetProperty("format").GetString().Should().Be("date");
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").EnumerateObject().Single().Value;
        scheme.GetProperty("in").GetString().Should().Be("header");
        scheme.GetProperty("name").GetString().Should().Be("X-FriendlyGov-Actor");
    }

    /// <summary>
    /// The endpoints that take or give a request's data in another format than JSON, by operation,
    /// with the request each sends (and is authorized as): named after the format, since the
    /// request's own endpoint keeps the request's name. A new one is added here on purpose.
    /// </summary>
    private static readonly Dictionary<string, string> AlternateFormats = new(StringComparer.Ordinal)
    {
        // The unit's blank evidence workbook; the query gives the round's framework and period to who may read the assessment.
        ["GetEvidenceWorkbook"] = "GetLiveScorecard",
        // A filled evidence workbook, recorded as one bulk request: all of it, or none.
        ["RecordEvidenceFromWorkbook"] = "RecordEvidenceInBulk",
    };

    // The report pages are built from queries (GetRanking, GetFinalScorecard) and send none of their own.
    private static bool IsReportPage(JsonElement operation) => operation.GetProperty("tags")[0].GetString() == "Reports";

    private static bool IsRequest(Type type) =>
        type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(ICommand<>) || type.GetGenericTypeDefinition() == typeof(IQuery<>));

    private async Task<JsonElement> Document()
    {
        using var client = api.CreateClient();
        var text = await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), TestContext.Current.CancellationToken);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private async Task<List<(string Id, JsonElement Operation)>> Operations() =>
        [.. (await Document()).GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Where(o => Verbs.Contains(o.Name)))
            .Select(o => (o.Value.GetProperty("operationId").GetString()!, o.Value))];
}
