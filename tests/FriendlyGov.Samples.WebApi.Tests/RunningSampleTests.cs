using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using FriendlyGov.Application.Ports;

namespace FriendlyGov.Samples.WebApi.Tests;

/// <summary>The built sample as its own process in Production: it refuses an unsafe configuration, and its OpenTelemetry console exporter shows the library's spans and metrics.</summary>
public sealed class RunningSampleTests
{
    private static readonly Dictionary<string, string> Jwt = new()
    {
        ["SignIn__Issuer"] = ProductionFactory.SignIn.Issuer!,
        ["SignIn__Audience"] = ProductionFactory.SignIn.Audience!,
        ["SignIn__SigningKey"] = ProductionFactory.SignIn.SigningKey!,
    };

    [Fact]
    public async Task Started_in_production_with_the_header_scheme_the_sample_refuses_to_start_and_says_why()
    {
        using var sample = new SampleProcess(new Dictionary<string, string>(Jwt) { ["SignIn__Scheme"] = "ActorHeader" });

        var exitCode = await sample.Exited();

        exitCode.Should().Be(1);
        sample.Errors.Should().Contain("The FriendlyGov sample refuses to start: SignIn:Scheme is ActorHeader, which believes whatever the X-FriendlyGov-Actor header says");
    }

    [Fact]
    public async Task With_the_console_exporter_each_request_shows_one_span_with_its_outcome_and_the_metrics()
    {
        // Metrics are exported every half second instead of every minute, so that they show before the process is stopped.
        using var sample = new SampleProcess(new Dictionary<string, string>(Jwt) { ["Telemetry__Exporter"] = "console", ["OTEL_METRIC_EXPORT_INTERVAL"] = "500" });
        await sample.Ready();
        using var client = sample.Client();
        var cancel = TestContext.Current.CancellationToken;

        // One registration accepted, one refused (an administrator of Bình Dương registering a unit of Đồng Nai).
        var unit = new { units = new[] { new { code = "25993", kind = "ward", name = "Phường Trảng Dài", province = Actors.Province, existedFrom = "2020-01-01" } } };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ProductionFactory.TokenFor("admin-dong-nai", ActorRole.ProvinceAdministrator));
        using (var accepted = await client.Post("/units", unit)) accepted.StatusCode.Should().Be(HttpStatusCode.OK);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ProductionFactory.TokenFor("admin-binh-duong", ActorRole.ProvinceAdministrator, "Bình Dương"));
        using (var refused = await client.Post("/units", unit)) refused.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var until = DateTime.UtcNow.AddSeconds(30);
        while (!sample.Output.Contains("friendlygov.refusals", StringComparison.Ordinal) && DateTime.UtcNow < until) await Task.Delay(200, cancel);

        var output = sample.Output;
        TestContext.Current.TestOutputHelper?.WriteLine(output);
        var spans = Regex.Matches(output, @"Activity\.DisplayName:\s+RegisterUnits");
        spans.Should().HaveCount(2, "one span per request through the pipeline");
        output.Should().MatchRegex(@"friendlygov\.outcome:\s+ok").And.MatchRegex(@"friendlygov\.outcome:\s+refused").And.MatchRegex(@"friendlygov\.refusal\.rule:\s+\S+");
        output.Should().Contain("Metric Name: friendlygov.requests").And.Contain("Metric Name: friendlygov.refusals").And.Contain("Metric Name: friendlygov.request.duration");
    }
}
