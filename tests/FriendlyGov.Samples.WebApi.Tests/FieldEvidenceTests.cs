using System.Net;
using System.Text.Json;

namespace FriendlyGov.Samples.WebApi.Tests;

/// <summary>"Morning with the People" sessions and public disclosures over HTTP; today is 6 January 2025.</summary>
public sealed class FieldEvidenceTests(WebApiFactory api) : IClassFixture<WebApiFactory>
{
    // Trảng Dài in 2024-Q4, today 6 January 2025:
    //   S1 15 October, chaired by the head: issue 1 due 30 October, resolved 25 October (in time);
    //      issue 2 due 15 November, resolved 20 November (late).
    //   S2 10 December, chaired by the deputy: issue 1 due 31 December, still open.
    // Per month: October 1, November 0, December 1. Chaired by the head 1 of 2.
    // Due in the quarter: all three (S2's is open and its deadline is before today); resolved by
    // the deadline 1 of 3. Overdue now: S2 issue 1, 6 January − 31 December = 6 days.
    [Fact]
    public async Task Two_sessions_sum_up_to_the_summary_worked_by_hand()
    {
        await Given.TheUnits(api);
        using var admin = api.As(Actors.Administrator);
        await admin.Post("/officials", new { code = "25993-CT", displayName = "Chủ tịch UBND phường", unitCode = Given.TrangDai, role = "head", from = "2022-01-01" }).Ok<JsonElement>();
        await admin.Post("/officials", new { code = "25993-PCT", displayName = "Phó Chủ tịch UBND phường", unitCode = Given.TrangDai, role = "deputy", from = "2022-01-01" }).Ok<JsonElement>();
        using var officer = api.As(Actors.OfficerOf(Given.TrangDai));

        var first = (await officer.Post($"/units/{Given.TrangDai}/sessions", new
        {
            heldOn = "2024-10-15", chairCode = "25993-CT", attendance = 120,
            issues = new[] { new { summary = "Đèn đường hỏng", deadline = "2024-10-30" }, new { summary = "Rác thải ven kênh", deadline = "2024-11-15" } },
        }).Ok<JsonElement>()).GetProperty("sessionId").GetGuid();
        var second = (await officer.Post($"/units/{Given.TrangDai}/sessions", new
        {
            heldOn = "2024-12-10", chairCode = "25993-PCT", attendance = 80, issues = new[] { new { summary = "Ngập nước đường Đồng Khởi", deadline = "2024-12-31" } },
        }).Ok<JsonElement>()).GetProperty("sessionId").GetGuid();
        (await officer.Post($"/sessions/{first}/issues/1/resolution", new { resolvedOn = "2024-10-25" }).Ok<JsonElement>())
            .GetProperty("resolvedByDeadline").GetBoolean().Should().BeTrue();
        (await officer.Post($"/sessions/{first}/issues/2/resolution", new { resolvedOn = "2024-11-20" }).Ok<JsonElement>())
            .GetProperty("resolvedByDeadline").GetBoolean().Should().BeFalse();

        var summary = await admin.Get($"/units/{Given.TrangDai}/sessions/summary?period=2024-Q4").Ok<JsonElement>();

        summary.GetProperty("perMonth").EnumerateArray().Select(m => (m.GetProperty("month").GetString(), m.GetProperty("sessions").GetInt32()))
            .Should().Equal(("2024-10", 1), ("2024-11", 0), ("2024-12", 1));
        summary.GetProperty("held").GetInt32().Should().Be(2);
        Share(summary.GetProperty("chairedByHead")).Should().Be((1, 2));
        Share(summary.GetProperty("resolvedByDeadline")).Should().Be((1, 3));
        summary.GetProperty("overdue").EnumerateArray()
            .Select(o => (o.GetProperty("sessionId").GetGuid(), o.GetProperty("number").GetInt32(), o.GetProperty("daysOverdue").GetInt32()))
            .Should().Equal((second, 1, 6));
    }

    [Fact]
    public async Task Another_units_officer_may_not_record_a_session()
    {
        await Given.TheUnits(api);
        using var stranger = api.As(Actors.OfficerOf(Given.TanPhong));

        var problem = await stranger.Post($"/units/{Given.TrangDai}/sessions", new { heldOn = "2024-12-10", chairCode = "25993-CT", attendance = 10 })
            .Problem(HttpStatusCode.Forbidden);

        problem.GetProperty("rule").GetString().Should().Be("unit-officer-own-unit");
    }

    // Bình Lộc in 2024 against vn-grassroots-democracy-2022, today 6 January 2025. Required:
    //   A11.1-socio-economic-plan, yearly by 31 January, 30 days: posted 20 January to 28 February,
    //     12 + 28 = 40 days, on time → met, best 40.
    //   A11.3-land-fund-plan, yearly by 31 March: nothing disclosed, due passed → missing, 0.
    //   A11.2-budget-estimate, 30 days after its occasion 10 June → due 10 July: posted 1 July,
    //     taken down 20 July, 20 days < 30 → tooShort, 20.
    // In due-date order; met 1 of the 3 (none pending).
    [Fact]
    public async Task Disclosures_sum_up_to_the_summary_worked_by_hand()
    {
        await Given.TheUnits(api);
        using var officer = api.As(Actors.OfficerOf(Given.BinhLoc));
        var unit = $"/units/{Given.BinhLoc}/disclosures";

        await officer.Post(unit, new { itemId = "A11.1-socio-economic-plan", occasion = "2024-01-05", channel = "noticeBoard", postedFrom = "2024-01-20", postedUntil = "2024-02-28" }).Ok<JsonElement>();
        var budget = (await officer.Post(unit, new { itemId = "A11.2-budget-estimate", occasion = "2024-06-10", channel = "noticeBoard", postedFrom = "2024-07-01" }).Ok<JsonElement>())
            .GetProperty("disclosureId").GetGuid();
        var ended = await officer.Post($"/disclosures/{budget}/end", new { postedUntil = "2024-07-20" }).Ok<JsonElement>();

        ended.GetProperty("daysPosted").GetInt32().Should().Be(20);
        using var appraiser = api.As(Actors.Appraiser);
        var summary = await appraiser.Get($"{unit}/summary?period=2024").Ok<JsonElement>();
        summary.GetProperty("catalogue").GetString().Should().Be("vn-grassroots-democracy-2022@2022.1");
        summary.GetProperty("required").EnumerateArray()
            .Select(r => (r.GetProperty("itemId").GetString(), r.GetProperty("due").GetString(), r.GetProperty("status").GetString(), r.GetProperty("bestDaysPosted").GetInt32()))
            .Should().Equal(
                ("A11.1-socio-economic-plan", "2024-01-31", "met", 40),
                ("A11.3-land-fund-plan", "2024-03-31", "missing", 0),
                ("A11.2-budget-estimate", "2024-07-10", "tooShort", 20));
        Share(summary.GetProperty("onTimeAndLongEnough")).Should().Be((1, 3));
    }

    [Fact]
    public async Task An_appraiser_may_not_record_a_disclosure()
    {
        await Given.TheUnits(api);
        using var appraiser = api.As(Actors.Appraiser);

        var problem = await appraiser.Post($"/units/{Given.BinhLoc}/disclosures", new { itemId = "A11.1-socio-economic-plan", occasion = "2024-01-05", channel = "radio", postedFrom = "2024-01-20" })
            .Problem(HttpStatusCode.Forbidden);

        problem.GetProperty("rule").GetString().Should().Be("unit-officer-own-unit");
    }

    private static (int Count, int OutOf) Share(JsonElement share) => (share.GetProperty("count").GetInt32(), share.GetProperty("outOf").GetInt32());
}
