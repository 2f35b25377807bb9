using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace FriendlyGov.Samples.WebApi.Tests;

/// <summary>Every refusal is an RFC 9457 problem with the right status, saying what is wrong, and changes nothing.</summary>
public sealed class ProblemTests(WebApiFactory api) : IClassFixture<WebApiFactory>
{
    [Fact]
    public async Task A_request_without_the_actor_header_is_401_saying_what_is_expected()
    {
        using var anonymous = api.CreateClient();

        var problem = await anonymous.Get($"/rounds/{Guid.NewGuid()}/ranking").Problem(HttpStatusCode.Unauthorized);

        problem.GetProperty("detail").GetString().Should().Contain("X-FriendlyGov-Actor is missing").And.Contain("id=<actor id>; roles=");
    }

    [Theory]
    [InlineData("roles=Appraiser", "'id' is required")]
    [InlineData("id=someone", "'roles' is required")]
    [InlineData("id=someone; roles=Mayor", "role 'Mayor' is not one of UnitOfficer, Appraiser, ProvinceAdministrator")]
    [InlineData("id=someone; roles=Appraiser; team=blue", "'team=blue' is not one of id=…, roles=…, province=…, unit=…, official=…")]
    public async Task A_malformed_actor_header_is_401_naming_the_problem(string header, string expected)
    {
        using var client = api.As(header);

        var problem = await client.Get($"/rounds/{Guid.NewGuid()}/ranking").Problem(HttpStatusCode.Unauthorized);

        problem.GetProperty("detail").GetString().Should().Contain("X-FriendlyGov-Actor is malformed: " + expected);
    }

    [Fact]
    public async Task The_OpenAPI_document_needs_no_actor()
    {
        using var anonymous = api.CreateClient();

        using var response = await anonymous.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative), TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_wrong_actor_is_403_naming_the_rule_and_nothing_changes()
    {
        var round = await Given.ARound(api, "2023");
        var trangDai = $"/rounds/{round}/units/{Given.TrangDai}";
        using var admin = api.As(Actors.Administrator);
        var trailBefore = await admin.Get($"{trangDai}/audit-trail").Ok<JsonElement>();

        // The officer of Tân Phong records evidence for Trảng Dài.
        using var stranger = api.As(Actors.OfficerOf(Given.TanPhong));
        var problem = await stranger.Post($"{trangDai}/evidence", new { indicatorId = "G1.1.2", source = "self", evidence = new { met = true } })
            .Problem(HttpStatusCode.Forbidden);

        problem.GetProperty("rule").GetString().Should().Be("unit-officer-own-unit");
        problem.GetProperty("detail").GetString().Should().Contain("only an officer of unit 25993 may do this");
        var card = await admin.Get($"{trangDai}/scorecard").Ok<JsonElement>();
        card.GetProperty("indicators").GetProperty("G1.1.2").GetDecimal().Should().Be(0m, "the refused evidence was not recorded");
        (await admin.Get($"{trangDai}/audit-trail").Ok<JsonElement>()).GetArrayLength().Should().Be(trailBefore.GetArrayLength());
    }

    [Fact]
    public async Task An_invalid_request_is_400_listing_every_field()
    {
        using var admin = api.As(Actors.Administrator);

        var problem = await admin.Post("/rounds", new
        {
            framework = "dongnai", period = "2024-13", province = "", unitCodes = Array.Empty<string>(),
            selfAssessmentDeadline = "2025-01-31", appraisalDeadline = "2025-01-01",
        }).Problem(HttpStatusCode.BadRequest);

        problem.ErrorFields().Should().BeEquivalentTo("framework", "period", "province", "unitCodes", "appraisalDeadline");
        problem.GetProperty("errors").GetProperty("framework")[0].GetString().Should().Be("'dongnai' is not a framework name of the form id@version");
    }

    [Fact]
    public async Task A_body_with_an_unknown_field_is_400_naming_it()
    {
        using var admin = api.As(Actors.Administrator);

        var problem = await admin.Post("/units", new { units = Array.Empty<object>(), unit = "typo" }).Problem(HttpStatusCode.BadRequest);

        problem.GetProperty("errors").EnumerateObject().Single().Value[0].GetString().Should().Contain("'unit'");
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_is_415_as_a_problem()
    {
        using var admin = api.As(Actors.Administrator);
        using var text = new StringContent("units", System.Text.Encoding.UTF8, "text/plain");

        await admin.PostAsync(new Uri("/units", UriKind.Relative), text, TestContext.Current.CancellationToken).Problem(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task A_ranking_of_an_unknown_kind_is_400_naming_the_kinds()
    {
        using var admin = api.As(Actors.Administrator);

        var problem = await admin.Get($"/rounds/{Guid.NewGuid()}/ranking?kind=village").Problem(HttpStatusCode.BadRequest);

        problem.GetProperty("errors").GetProperty("kind")[0].GetString().Should().Be("'village' is not one of xa, phuong, thi-tran, dac-khu");
    }

    [Fact]
    public async Task A_conduct_summary_of_an_unknown_grouping_is_400_naming_the_groupings()
    {
        using var admin = api.As(Actors.Administrator);

        var problem = await admin.Get($"/provinces/{Actors.EncodedProvince}/conduct-summary?period=2024&grouping=district").Problem(HttpStatusCode.BadRequest);

        problem.GetProperty("errors").GetProperty("grouping")[0].GetString().Should().Be("'district' is not one of official, unit, ruleGroup, all");
    }

    [Fact]
    public async Task An_unknown_round_is_404()
    {
        var unknown = Guid.NewGuid();
        using var admin = api.As(Actors.Administrator);

        var problem = await admin.Get($"/rounds/{unknown}/units/{Given.TrangDai}/scorecard").Problem(HttpStatusCode.NotFound);

        problem.GetProperty("detail").GetString().Should().Be($"There is no round {unknown}.");
    }

    [Fact]
    public async Task A_final_scorecard_never_kept_is_404()
    {
        var round = await Given.ARound(api, "2022");
        using var admin = api.As(Actors.Administrator);

        var problem = await admin.Get($"/rounds/{round}/units/{Given.BinhLoc}/scorecard/final").Problem(HttpStatusCode.NotFound);

        problem.GetProperty("detail").GetString().Should().Contain("never finalized");
    }

    [Fact]
    public async Task Finalizing_a_draft_is_409_and_leaves_it_a_draft()
    {
        var round = await Given.ARound(api, "2021");
        var binhLoc = $"/rounds/{round}/units/{Given.BinhLoc}";
        using var admin = api.As(Actors.Administrator);

        var problem = await admin.Post($"{binhLoc}/finalization").Problem(HttpStatusCode.Conflict);

        problem.GetProperty("detail").GetString().Should().Contain("Draft");
        using var officer = api.As(Actors.OfficerOf(Given.BinhLoc));
        (await officer.Post($"{binhLoc}/submission").Ok<JsonElement>()).GetProperty("late").GetBoolean().Should().BeFalse("the draft could still be submitted");
    }

    [Fact]
    public async Task An_unexpected_error_is_500_with_no_detail_of_the_code()
    {
        await Given.ARound(api, "2020"); // the units are registered, so opening a round reaches the clock
        await using var broken = api.WithWebHostBuilder(host => host.ConfigureTestServices(services => services.AddSingleton<IClock, BrokenClock>()));
        using var admin = broken.CreateClient();
        admin.DefaultRequestHeaders.Add("X-FriendlyGov-Actor", Actors.Administrator);

        var problem = await admin.Post("/rounds", Given.RoundOf("2024", Given.TrangDai)).Problem(HttpStatusCode.InternalServerError);

        problem.GetProperty("detail").GetString().Should().Be("The server's log has the details.");
        problem.ToString().Should().NotContain(BrokenClock.Secret);
    }

    [Fact]
    public async Task The_same_idempotency_key_returns_the_first_result()
    {
        using var admin = api.As(Actors.Administrator);
        admin.DefaultRequestHeaders.Add("Idempotency-Key", Guid.NewGuid().ToString());
        var body = Given.RoundOf("2020", Given.TrangDai);
        await Given.ARound(api, "2024"); // registers the unit

        var first = await admin.Post("/rounds", body).Ok<JsonElement>();
        var again = await admin.Post("/rounds", body).Ok<JsonElement>();

        again.GetProperty("roundId").GetGuid().Should().Be(first.GetProperty("roundId").GetGuid());
    }

    private sealed class BrokenClock : IClock
    {
        public const string Secret = "the clock's battery is flat";

        public Instant GetCurrentInstant() => throw new InvalidOperationException(Secret);
    }
}
