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

        var operations = (await Operations()).Where(o => !IsReportPage(o.Operation)).Select(o => o.Id).ToList();

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
