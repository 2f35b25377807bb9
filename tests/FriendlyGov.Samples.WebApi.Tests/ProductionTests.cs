using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FriendlyGov.Application.Ports;
using FriendlyGov.Samples.WebApi.Hosting;
using FriendlyGov.Samples.WebApi.SignIn;
using Microsoft.Extensions.Configuration;

namespace FriendlyGov.Samples.WebApi.Tests;

/// <summary>The sample in the Production environment: real sign-in with JWT bearer tokens, rate, body and row limits, and start-up refusals.</summary>
public sealed class ProductionTests(ProductionFactory api) : IClassFixture<ProductionFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static string Admin => ProductionFactory.TokenFor("admin-dong-nai", ActorRole.ProvinceAdministrator);

    [Fact]
    public async Task A_request_with_only_the_actor_header_is_answered_401()
    {
        using var client = api.CreateClient();
        client.DefaultRequestHeaders.Add("X-FriendlyGov-Actor", $"id=admin; roles=ProvinceAdministrator,Appraiser,DataImporter,FeedbackCollector,UnitOfficer; province={Actors.EncodedProvince}");

        var problem = await client.Post("/units", new { units = new[] { Unit("25993") } }).Problem(HttpStatusCode.Unauthorized);

        problem.GetProperty("detail").GetString().Should().Be(
            "Sign in: no bearer token was sent. Send Authorization: Bearer <token> issued by https://sso.dongnai.example for friendlygov-webapi.");
    }

    [Fact]
    public async Task A_valid_token_gets_through_and_the_audit_trail_records_its_subject()
    {
        using var admin = api.WithToken(Admin);
        await admin.Post("/units", new { units = new[] { Unit("25993") } }).Ok<JsonElement>();
        var round = (await admin.Post("/rounds", Given.RoundOf("2024", "25993")).Ok<JsonElement>()).GetProperty("roundId").GetGuid();
        using var officer = api.WithToken(ProductionFactory.TokenFor("officer-25993", ActorRole.UnitOfficer, unit: "25993"));

        await officer.Post($"/rounds/{round}/units/25993/evidence", new { indicatorId = "G1.2.1", source = "self", evidence = new { value = 0.55m } }).Ok<JsonElement>();

        var trail = await admin.Get($"/rounds/{round}/units/25993/audit-trail").Ok<JsonElement>();
        trail.EnumerateArray().Select(e => e.GetProperty("actor").GetString()).Should().Equal("officer-25993");
    }

    [Fact]
    public async Task A_token_of_another_province_is_refused_by_the_librarys_rules_with_403()
    {
        using var other = api.WithToken(ProductionFactory.TokenFor("admin-binh-duong", ActorRole.ProvinceAdministrator, "Bình Dương"));

        var problem = await other.Post("/units", new { units = new[] { Unit("26089") } }).Problem(HttpStatusCode.Forbidden);

        problem.GetProperty("rule").GetString().Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task An_expired_token_is_answered_401_saying_so()
    {
        var expired = DevelopmentTokens.Issue(ProductionFactory.SignIn, DevelopmentTokens.Claims("admin-dong-nai", [ActorRole.ProvinceAdministrator], Actors.Province),
            DateTime.UtcNow.AddHours(-2), DateTime.UtcNow.AddHours(-1));
        using var client = api.WithToken(expired);

        var problem = await client.Get("/units/25993/history").Problem(HttpStatusCode.Unauthorized);

        problem.GetProperty("detail").GetString().Should().StartWith("Sign in: the token has expired.");
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_answered_401_saying_so()
    {
        var forger = new SignInSettings { Issuer = ProductionFactory.SignIn.Issuer, Audience = ProductionFactory.SignIn.Audience, SigningKey = "a key the attacker chose, long enough for HS256!" };
        var forged = DevelopmentTokens.Issue(forger, DevelopmentTokens.Claims("admin-dong-nai", [ActorRole.ProvinceAdministrator], Actors.Province), DateTime.UtcNow, DateTime.UtcNow.AddHours(1));
        using var client = api.WithToken(forged);

        var problem = await client.Get("/units/25993/history").Problem(HttpStatusCode.Unauthorized);

        problem.GetProperty("detail").GetString().Should().StartWith("Sign in: the token's signature is not valid.");
    }

    [Fact]
    public async Task The_101st_request_of_an_actor_in_a_minute_is_answered_429_with_retry_after()
    {
        // The default: 100 requests per actor per minute. This actor is used by no other test.
        using var client = api.WithToken(ProductionFactory.TokenFor("appraiser-rate", ActorRole.Appraiser));
        for (var i = 1; i <= 100; i++)
        {
            using var response = await client.GetAsync(new Uri("/units/25993/history", UriKind.Relative), Cancel);
            response.StatusCode.Should().NotBe(HttpStatusCode.TooManyRequests, $"request {i} is within the limit");
        }

        using var sending = await client.GetAsync(new Uri("/units/25993/history", UriKind.Relative), Cancel);

        sending.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        var retryAfter = int.Parse(sending.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        retryAfter.Should().BeInRange(1, 60, "the window is one minute");
    }

    [Fact]
    public async Task A_command_body_over_64_KiB_is_answered_413_before_it_is_read()
    {
        using var admin = api.WithToken(Admin);

        // 70,000 characters of account: over the 65,536 bytes a command may carry.
        var problem = await admin.Post("/observations", new { officialCode = "CB-001", ruleId = "5K.3", on = "2025-01-02", source = "citizenReport", sourceReference = "R-1", account = new string('x', 70_000) })
            .Problem(HttpStatusCode.RequestEntityTooLarge);

        problem.GetProperty("detail").GetString().Should().EndWith("a command here takes at most 65536 bytes. Split a bulk request into several.");
    }

    [Fact]
    public async Task A_bulk_request_over_the_row_limit_is_answered_400_naming_the_limit_even_when_its_body_is_larger_than_a_commands()
    {
        using var admin = api.WithToken(Admin);

        // The factory sets Limits:MaxRowsPerRequest to 5; six units is one over. Each unit's district is
        // 12,000 characters, so the body (over 72,000 bytes) is above a command's 65,536 but within a bulk request's 8 MiB.
        var district = new string('d', 12_000);
        var units = new[] { "26001", "26002", "26003", "26004", "26005", "26006" }.Select(code => new { code, kind = "commune", name = $"Xã {code}", province = Actors.Province, existedFrom = "2020-01-01", district });
        var problem = await admin.Post("/units", new { units }).Problem(HttpStatusCode.BadRequest);

        problem.GetProperty("errors").GetProperty("units")[0].GetString().Should().Be(
            "6 rows is more than the limit of 5 rows in one request (MaxRowsPerRequest); send them in several requests");
    }

    [Fact]
    public async Task The_health_probes_answer_without_a_token_and_the_OpenAPI_document_is_not_served()
    {
        using var client = api.CreateClient();

        (await client.GetStringAsync(new Uri("/health/live", UriKind.Relative), Cancel)).Should().Be("Healthy");
        (await client.GetStringAsync(new Uri("/health/ready", UriKind.Relative), Cancel)).Should().Be("Healthy");
        using var openApi = await client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative), Cancel);
        openApi.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Outside_development_plain_HTTP_is_redirected_to_HTTPS()
    {
        using var withHttps = new ProductionFactory();
        withHttps.Settings["https_port"] = "443";
        using var client = withHttps.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri("/units/25993/history", UriKind.Relative), Cancel);

        response.StatusCode.Should().Be(HttpStatusCode.TemporaryRedirect);
        response.Headers.Location.Should().Be(new Uri("https://localhost/units/25993/history"));
    }

    [Theory]
    [InlineData("SignIn:Scheme", "ActorHeader", "SignIn:Scheme is ActorHeader, which believes whatever the X-FriendlyGov-Actor header says, so anyone could act as a province administrator; it is allowed only in the Development environment, and this is Production.")]
    [InlineData("SignIn:SigningKey", "short", "SignIn:SigningKey must be at least 32 bytes (or SignIn:Authority set), so that tokens cannot be forged")]
    [InlineData("AllowedHosts", "*", "AllowedHosts is '*': outside Development name the host names the app answers to")]
    [InlineData("Limits:RequestsPerActorPerMinute", "0", "Limits:RequestsPerActorPerMinute must be at least 1")]
    public void The_start_up_checks_refuse_an_unsafe_setting_in_production_and_say_why(string key, string value, string why)
    {
        var settings = new Dictionary<string, string?>
        {
            ["AllowedHosts"] = "localhost",
            ["SignIn:Issuer"] = ProductionFactory.SignIn.Issuer,
            ["SignIn:Audience"] = ProductionFactory.SignIn.Audience,
            ["SignIn:SigningKey"] = ProductionFactory.SignIn.SigningKey,
        };
        var production = new Microsoft.Extensions.Hosting.Internal.HostingEnvironment { EnvironmentName = "Production" };
        StartupChecks.Problems(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), production).Should().BeEmpty("the settings are safe before the one changed");
        settings[key] = value;

        var problems = StartupChecks.Problems(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), production);

        problems.Should().ContainSingle().Which.Should().StartWith(why.TrimEnd('.'));
    }

    private static object Unit(string code) =>
        new { code, kind = "commune", name = $"Xã {code}", province = Actors.Province, existedFrom = "2020-01-01", district = "Thành phố Long Khánh" };
}
