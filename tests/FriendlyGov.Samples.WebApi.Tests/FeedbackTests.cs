using System.Net;
using System.Text.Json;
using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Feedback;
using Microsoft.Extensions.DependencyInjection;

namespace FriendlyGov.Samples.WebApi.Tests;

/// <summary>Citizen feedback and dossier statistics over HTTP; today is 6 January 2025.</summary>
public sealed class FeedbackTests(WebApiFactory api) : IClassFixture<WebApiFactory>
{
    // Three ratings of Bình Lộc in 2024-Q4, and one of 3 January 2025 that the summary leaves out.
    //   aspect            R1 R2 R3  sum  average        4s and 5s  share
    //   access             5  4  2   11  11/3 = 3.67    2          2/3 = 0.6667
    //   procedure          4  3  3   10  10/3 = 3.33    1          1/3 = 0.3333
    //   official           5  4  5   14  14/3 = 4.67    3          1
    //   result             5  5  4   14  4.67           3          1
    //   feedbackHandling   3  2  3    8  8/3 = 2.67     0          0
    //   officeSmile        5  4  5   14  4.67           3          1
    //   channels: R1 qrCode, R2 kiosk, R3 qrCode → qrCode 2, kiosk 1, onlinePortal 0, paper 0.
    [Fact]
    public async Task Three_ratings_sum_up_to_the_averages_worked_by_hand()
    {
        await Given.TheUnits(api);
        using var collector = api.As(Actors.FeedbackCollector);
        var ratings = new[]
        {
            Rating("2024-10-02", "qrCode", 5, 4, 5, 5, 3, 5),
            Rating("2024-11-12", "kiosk", 4, 3, 4, 5, 2, 4),
            Rating("2024-12-20", "qrCode", 2, 3, 5, 4, 3, 5),
            Rating("2025-01-03", "paper", 1, 1, 1, 1, 1, 1),
        };
        foreach (var rating in ratings)
            (await collector.Post($"/units/{Given.BinhLoc}/feedback", rating).Ok<JsonElement>()).GetProperty("redacted").GetInt32().Should().Be(0);

        using var admin = api.As(Actors.Administrator);
        var summary = await admin.Get($"/units/{Given.BinhLoc}/feedback/summary?period=2024-Q4").Ok<JsonElement>();

        summary.GetProperty("period").GetString().Should().Be("2024-Q4");
        summary.GetProperty("count").GetInt32().Should().Be(3);
        summary.GetProperty("aspects").EnumerateArray()
            .Select(a => (a.GetProperty("aspect").GetString(), a.GetProperty("sum").GetInt32(), a.GetProperty("average").GetDecimal(), a.GetProperty("satisfiedShare").GetDecimal()))
            .Should().Equal(
                ("access", 11, 3.67m, 0.6667m),
                ("procedure", 10, 3.33m, 0.3333m),
                ("official", 14, 4.67m, 1m),
                ("result", 14, 4.67m, 1m),
                ("feedbackHandling", 8, 2.67m, 0m),
                ("officeSmile", 14, 4.67m, 1m));
        summary.GetProperty("channels").EnumerateArray().Select(c => (c.GetProperty("channel").GetString(), c.GetProperty("count").GetInt32()))
            .Should().Equal(("qrCode", 2), ("kiosk", 1), ("onlinePortal", 0), ("paper", 0));
    }

    [Fact]
    public async Task A_phone_number_in_a_comment_is_stored_redacted_and_never_echoed()
    {
        await Given.TheUnits(api);
        using var collector = api.As(Actors.FeedbackCollector);
        const string phone = "0912 345 678";

        using var response = await collector.Post($"/units/{Given.TrangDai}/feedback", Rating("2025-01-02", "kiosk", 5, 5, 5, 5, 5, 5, $"Cán bộ nhiệt tình, gọi lại cho tôi {phone} nhé"));
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK, text);
        text.Should().NotContain(phone).And.NotContain("0912345678");
        var recorded = JsonDocument.Parse(text).RootElement;
        recorded.GetProperty("redacted").GetInt32().Should().Be(1);
        using var scope = api.Services.CreateScope();
        var stored = await scope.ServiceProvider.GetRequiredService<IReadRepository<CitizenFeedback>>().GetByIdAsync(recorded.GetProperty("feedbackId").GetGuid(), TestContext.Current.CancellationToken);
        stored!.Comment.Should().Be("Cán bộ nhiệt tình, gọi lại cho tôi [số điện thoại] nhé");
    }

    [Fact]
    public async Task A_refused_rating_does_not_echo_the_phone_number_of_its_comment()
    {
        await Given.TheUnits(api);
        using var collector = api.As(Actors.FeedbackCollector);

        var problem = await collector.Post($"/units/{Given.TrangDai}/feedback", Rating("2025-01-02", "kiosk", 6, 5, 5, 5, 5, 5, "Gọi 0912345678"))
            .Problem(HttpStatusCode.BadRequest);

        problem.ErrorFields().Should().Contain("access");
        problem.ToString().Should().NotContain("0912345678");
    }

    [Fact]
    public async Task A_units_officer_may_not_rate_it()
    {
        await Given.TheUnits(api);
        using var officer = api.As(Actors.OfficerOf(Given.BinhLoc));

        var problem = await officer.Post($"/units/{Given.BinhLoc}/feedback", Rating("2025-01-02", "paper", 5, 5, 5, 5, 5, 5)).Problem(HttpStatusCode.Forbidden);

        problem.GetProperty("rule").GetString().Should().Be("feedback-collector-in-scope");
    }

    // 2024-Q4 of Trảng Dài: 100 on time + 8 late + 2 overdue + 10 pending = 120 received; resolved
    // 100 + 8 = 108, open 2 + 10 = 12. Tân Phong: 45 + 5 + 0 + 0 = 50. Both new: added 2.
    // Again with Trảng Dài corrected to 7 late and 11 pending (still 120), Tân Phong the same:
    // revised 1, unchanged 1; Trảng Dài's resolved is now 107, open 13.
    [Fact]
    public async Task A_dossier_import_adds_then_revises_and_reads_back()
    {
        await Given.TheUnits(api);
        using var importer = api.As(Actors.DataImporter);

        var first = await importer.Post("/dossier-statistics", new
        {
            source = "mot-cua-2024-q4.csv",
            rows = new[] { DossierRow(Given.TrangDai, 120, 100, 8, 2, 10, 90), DossierRow(Given.TanPhong, 50, 45, 5, 0, 0, 50) },
        }).Ok<JsonElement>();
        var again = await importer.Post("/dossier-statistics", new
        {
            source = "mot-cua-2024-q4-corrected.csv",
            rows = new[] { DossierRow(Given.TrangDai, 120, 100, 7, 2, 11, 90), DossierRow(Given.TanPhong, 50, 45, 5, 0, 0, 50) },
        }).Ok<JsonElement>();

        (first.GetProperty("added").GetInt32(), first.GetProperty("revised").GetInt32(), first.GetProperty("unchanged").GetInt32()).Should().Be((2, 0, 0));
        (again.GetProperty("added").GetInt32(), again.GetProperty("revised").GetInt32(), again.GetProperty("unchanged").GetInt32()).Should().Be((0, 1, 1));
        using var officer = api.As(Actors.OfficerOf(Given.TrangDai));
        var counts = await officer.Get($"/units/{Given.TrangDai}/dossier-statistics?period=2024-Q4").Ok<JsonElement>();
        (counts.GetProperty("received").GetInt32(), counts.GetProperty("resolved").GetInt32(), counts.GetProperty("open").GetInt32(), counts.GetProperty("filedOnline").GetInt32())
            .Should().Be((120, 107, 13, 90));
        await officer.Get($"/units/{Given.TrangDai}/dossier-statistics?period=2024-12").Problem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_dossier_row_that_does_not_add_up_is_400_naming_it_and_nothing_is_recorded()
    {
        await Given.TheUnits(api);
        using var importer = api.As(Actors.DataImporter);

        // Row 1 is fine; row 2: 10 + 0 + 0 + 0 = 10, not the 12 received.
        var problem = await importer.Post("/dossier-statistics", new
        {
            source = "bad.csv",
            rows = new[] { DossierRow(Given.BinhLoc, 5, 5, 0, 0, 0, 0, "2023"), DossierRow(Given.TanPhong, 12, 10, 0, 0, 0, 0, "2023") },
        }).Problem(HttpStatusCode.BadRequest);

        problem.ErrorFields().Should().Equal("rows[1].received");
        using var admin = api.As(Actors.Administrator);
        await admin.Get($"/units/{Given.BinhLoc}/dossier-statistics?period=2023").Problem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_units_officer_may_not_import_dossier_statistics()
    {
        await Given.TheUnits(api);
        using var officer = api.As(Actors.OfficerOf(Given.TrangDai));

        var problem = await officer.Post("/dossier-statistics", new { source = "mine.csv", rows = new[] { DossierRow(Given.TrangDai, 1, 1, 0, 0, 0, 0) } })
            .Problem(HttpStatusCode.Forbidden);

        problem.GetProperty("rule").GetString().Should().Be("dossier-importer-in-scope");
    }

    private static object Rating(string date, string channel, int access, int procedure, int official, int result, int handling, int smile, string? comment = null) => new
    {
        transactionDate = date, channel, access, procedure, official, result, feedbackHandling = handling, officeSmile = smile, comment,
    };

    private static object DossierRow(string unitCode, int received, int onTime, int late, int overdue, int pending, int online, string period = "2024-Q4") => new
    {
        unitCode, period, received, resolvedOnTime = onTime, resolvedLate = late, overdue, pending, filedOnline = online,
    };
}
