using System.Net;
using System.Text.Json;

namespace FriendlyGov.Samples.WebApi.Tests;

/// <summary>The round's ranking and a unit's final scorecard served as pages.</summary>
public sealed class ReportTests(ReportTests.Rounds rounds) : IClassFixture<ReportTests.Rounds>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_ranking_page_is_html_with_every_ranked_unit_and_charts_and_no_script()
    {
        using var admin = rounds.Api.As(Actors.Administrator);

        using var response = await admin.Get($"/rounds/{rounds.Finalized}/report");
        var html = await response.Content.ReadAsStringAsync(Cancel);

        response.StatusCode.Should().Be(HttpStatusCode.OK, html);
        response.Content.Headers.ContentType!.ToString().Should().Be("text/html; charset=utf-8");
        html.Should().Contain("<svg").And.NotContain("<script");
        // Bình Lộc 17 ranks first, Trảng Dài 13 second (see Rounds).
        html.IndexOf("Xã Bình Lộc", StringComparison.Ordinal).Should().BePositive()
            .And.BeLessThan(html.IndexOf("Phường Trảng Dài", StringComparison.Ordinal));
        html.Should().NotContain("Phường Tân Phong", "Tân Phong is not in the round");
    }

    [Fact]
    public async Task The_ranking_pages_link_to_a_unit_leads_to_its_scorecard_page()
    {
        using var admin = rounds.Api.As(Actors.Administrator);
        var page = new Uri(admin.BaseAddress!, $"/rounds/{rounds.Finalized}/report");
        var html = await admin.GetStringAsync(page, Cancel);
        const string link = $"href=\"units/{Given.BinhLoc}.html\"";
        html.Should().Contain(link);

        using var response = await admin.GetAsync(new Uri(page, $"units/{Given.BinhLoc}.html"), Cancel);
        var unitPage = await response.Content.ReadAsStringAsync(Cancel);

        response.StatusCode.Should().Be(HttpStatusCode.OK, unitPage);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        unitPage.Should().Contain("Xã Bình Lộc").And.Contain("<svg");
    }

    [Fact]
    public async Task A_units_page_is_its_final_scorecard_in_html()
    {
        using var officer = rounds.Api.As(Actors.OfficerOf(Given.TrangDai));

        using var response = await officer.Get($"/rounds/{rounds.Finalized}/units/{Given.TrangDai}/report");
        var html = await response.Content.ReadAsStringAsync(Cancel);

        response.StatusCode.Should().Be(HttpStatusCode.OK, html);
        response.Content.Headers.ContentType!.ToString().Should().Be("text/html; charset=utf-8");
        html.Should().Contain("Phường Trảng Dài").And.Contain("<svg").And.NotContain("<script");
    }

    [Fact]
    public async Task The_ranking_as_csv_is_an_attachment_and_as_markdown_is_markdown()
    {
        using var admin = rounds.Api.As(Actors.Administrator);

        using var csv = await admin.Get($"/rounds/{rounds.Finalized}/report?format=csv");
        using var markdown = await admin.Get($"/rounds/{rounds.Finalized}/units/{Given.BinhLoc}/report?format=md");

        csv.StatusCode.Should().Be(HttpStatusCode.OK);
        csv.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        csv.Content.Headers.ContentDisposition!.DispositionType.Should().Be("attachment");
        csv.Content.Headers.ContentDisposition.FileNameStar.Should().Be("ranking.csv");
        markdown.StatusCode.Should().Be(HttpStatusCode.OK);
        markdown.Content.Headers.ContentType!.MediaType.Should().Be("text/markdown");
        (await markdown.Content.ReadAsStringAsync(Cancel)).Should().Contain("Xã Bình Lộc");
    }

    [Fact]
    public async Task An_actor_who_may_not_read_the_round_is_403()
    {
        using var collector = rounds.Api.As(Actors.FeedbackCollector);

        (await collector.Get($"/rounds/{rounds.Finalized}/report").Problem(HttpStatusCode.Forbidden)).GetProperty("rule").GetString().Should().Be("reader-in-scope");
        (await collector.Get($"/rounds/{rounds.Finalized}/units/{Given.BinhLoc}/report").Problem(HttpStatusCode.Forbidden)).GetProperty("rule").GetString().Should().Be("reader-in-scope");
        await collector.Get($"/rounds/{rounds.Finalized}/units/{Given.BinhLoc}.html").Problem(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_round_with_no_finalized_unit_has_no_report_yet()
    {
        using var admin = rounds.Api.As(Actors.Administrator);

        var ranking = await admin.Get($"/rounds/{rounds.Open}/report").Problem(HttpStatusCode.NotFound);
        var unit = await admin.Get($"/rounds/{rounds.Open}/units/{Given.TrangDai}/report").Problem(HttpStatusCode.NotFound);

        ranking.GetProperty("detail").GetString().Should().Be($"Round {rounds.Open} has no finalized assessment yet: there is no ranking to report.");
        unit.GetProperty("detail").GetString().Should().Contain("never finalized");
    }

    [Fact]
    public async Task A_format_that_is_not_html_md_or_csv_is_400()
    {
        using var admin = rounds.Api.As(Actors.Administrator);

        var problem = await admin.Get($"/rounds/{rounds.Finalized}/report?format=pdf").Problem(HttpStatusCode.BadRequest);

        problem.GetProperty("errors").GetProperty("format")[0].GetString().Should().Be("'pdf' is not one of html, md, csv");
    }

    /// <summary>
    /// Two 2024 rounds on Trảng Dài and Bình Lộc: one still open, and one finalized.
    /// </summary>
    /// <remarks>
    /// dongnai-friendly-government@2024.1, by hand: with no confirmed breach, the two conduct
    /// indicators score 3 + 5 = 8. Trảng Dài: G1.1.2 met 5 → 13. Bình Lộc: G1.1.2 met 5, G2.1.1
    /// waiting 2 + kiosk 2 = 4 → 17. Ranking: Bình Lộc 1, Trảng Dài 2.
    /// </remarks>
    public sealed class Rounds : IAsyncLifetime
    {
        public WebApiFactory Api { get; } = new();

        public Guid Open { get; private set; }

        public Guid Finalized { get; private set; }

        public async ValueTask InitializeAsync()
        {
            await Given.TheUnits(Api);
            using var admin = Api.As(Actors.Administrator);
            using var appraiser = Api.As(Actors.Appraiser);
            Open = await OpenAsync(admin, "2023");
            Finalized = await OpenAsync(admin, "2024");
            var unit = (string code) => $"/rounds/{Finalized}/units/{code}";

            Api.At(1, 15, 9);
            var self = new (string Unit, string Indicator, object Evidence)[]
            {
                (Given.TrangDai, "G1.1.2", new { met = true }),
                (Given.BinhLoc, "G1.1.2", new { met = true }),
                (Given.BinhLoc, "G2.1.1", new { items = new[] { "waiting", "kiosk" } }),
            };
            foreach (var (code, indicator, evidence) in self)
            {
                using var officer = Api.As(Actors.OfficerOf(code));
                await officer.Post($"{unit(code)}/evidence", new { indicatorId = indicator, source = "self", evidence }).Ok<JsonElement>();
            }

            foreach (var code in new[] { Given.TrangDai, Given.BinhLoc })
            {
                using var officer = Api.As(Actors.OfficerOf(code));
                await officer.Post($"{unit(code)}/submission").Ok<JsonElement>();
            }

            Api.At(2, 5, 9);
            foreach (var code in new[] { Given.TrangDai, Given.BinhLoc })
            {
                await appraiser.Post($"{unit(code)}/appraisal").Ok<JsonElement>();
                await appraiser.Post($"{unit(code)}/appraisal/completion").Ok<JsonElement>();
            }

            Api.At(3, 3, 10);
            foreach (var code in new[] { Given.TrangDai, Given.BinhLoc })
                await admin.Post($"{unit(code)}/finalization").Ok<JsonElement>();
            var ranking = await admin.Get($"/rounds/{Finalized}/ranking").Ok<JsonElement>();
            ranking.EnumerateArray().Select(r => (r.GetProperty("unitCode").GetString(), r.GetProperty("total").GetDecimal()))
                .Should().Equal((Given.BinhLoc, 17m), (Given.TrangDai, 13m));
        }

        public async ValueTask DisposeAsync() => await Api.DisposeAsync();

        private static async Task<Guid> OpenAsync(HttpClient admin, string period) =>
            (await admin.Post("/rounds", Given.RoundOf(period, Given.TrangDai, Given.BinhLoc)).Ok<JsonElement>()).GetProperty("roundId").GetGuid();
    }
}
