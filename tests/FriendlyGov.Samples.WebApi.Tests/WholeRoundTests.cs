using System.Text.Json;
using FriendlyGov.Application.Rankings.GetRanking;
using FriendlyGov.Domain.Units;

namespace FriendlyGov.Samples.WebApi.Tests;

/// <summary>A whole small round over HTTP, each step sent by the actor the workflow expects.</summary>
public sealed class WholeRoundTests(WebApiFactory api) : IClassFixture<WebApiFactory>
{
    // dongnai-friendly-government@2024.1, worked by hand. The two conduct indicators need no
    // evidence: with no confirmed breach each scores its maximum, G4.2.2 (heads only) 3 and
    // G5.3.1 5, so every unit starts from 8.
    //
    // 25993 Trảng Dài: G1.1.1 checklist office 2 + portal 2 = 4; G1.2.1 ratio floor 0.3 target 0.8,
    //   self 0.55 → 5 × (0.55 − 0.3) / 0.5 = 2.5, appraised 0.8 (at target) → 5, and the appraised
    //   counts. Before appraisal 4 + 2.5 + 8 = 14.5; final 4 + 5 + 8 = 17 (G1 = 4 + 5 = 9).
    // 25996 Tân Phong: G1.1.1 office + portal + hotline = 5; G1.1.2 check met 5; G2.1.2 check met 2;
    //   one confirmed minor breach (4X.1, weight 1) by staff: G5.3.1 5 − 1 = 4, G4.2.2 (heads
    //   only) stays 3. 5 + 5 + 2 + 3 + 4 = 19.
    // 26089 Bình Lộc: G1.1.2 met 5; G2.1.1 checklist waiting 2 + kiosk 2 = 4. 5 + 4 + 8 = 17.
    // Every total is below 50: unsatisfactory, and cap C1 (max good) is not below that, so no cap.
    // Ranking: 25996 19 → 1; 25993 and 26089 tie at 17 → 2, 2, listed by code.
    [Fact]
    public async Task A_round_runs_from_registration_to_ranking_over_http()
    {
        var round = await Given.ARound(api);
        var unit = (string code) => $"/rounds/{round}/units/{code}";
        using var admin = api.As(Actors.Administrator);
        using var appraiser = api.As(Actors.Appraiser);

        // Conduct: an official of Tân Phong, a citizen's report, confirmed by the appraiser.
        await admin.Post("/officials", new { code = "25996-CB1", displayName = "Công chức một cửa", unitCode = Given.TanPhong, role = "staff", from = "2022-01-01" }).Ok<JsonElement>();
        var observation = await appraiser.Post("/observations", new
        {
            officialCode = "25996-CB1", ruleId = "4X.1", on = "2024-05-02", source = "citizenReport", sourceReference = "PA-2024-014", account = "Không chào hỏi người dân",
        }).Ok<JsonElement>();
        var confirmed = await appraiser.Post($"/observations/{observation.GetProperty("observationId").GetGuid()}/confirmation", new { reason = "Đã xác minh" }).Ok<JsonElement>();
        confirmed.GetProperty("status").GetString().Should().Be("confirmed");

        // Self-assessment by each unit's officer (15 January), submitted on 20 January.
        api.At(1, 15, 9);
        var self = new (string Unit, string Indicator, object Evidence)[]
        {
            (Given.TrangDai, "G1.1.1", new { items = new[] { "office", "portal" } }),
            (Given.TrangDai, "G1.2.1", new { value = 0.55m }),
            (Given.TanPhong, "G1.1.1", new { items = new[] { "office", "portal", "hotline" } }),
            (Given.TanPhong, "G1.1.2", new { met = true }),
            (Given.TanPhong, "G2.1.2", new { met = true }),
            (Given.BinhLoc, "G1.1.2", new { met = true }),
            (Given.BinhLoc, "G2.1.1", new { items = new[] { "waiting", "kiosk" } }),
        };
        foreach (var (code, indicator, evidence) in self)
        {
            using var officer = api.As(Actors.OfficerOf(code));
            await officer.Post($"{unit(code)}/evidence", new { indicatorId = indicator, source = "self", evidence }).Ok<JsonElement>();
        }

        using (var officer = api.As(Actors.OfficerOf(Given.TrangDai)))
        {
            var live = await officer.Get($"{unit(Given.TrangDai)}/scorecard").Ok<JsonElement>();
            live.GetProperty("total").GetDecimal().Should().Be(14.5m);
        }

        api.At(1, 20, 14);
        foreach (var code in new[] { Given.TrangDai, Given.TanPhong, Given.BinhLoc })
        {
            using var officer = api.As(Actors.OfficerOf(code));
            var submitted = await officer.Post($"{unit(code)}/submission").Ok<JsonElement>();
            submitted.GetProperty("late").GetBoolean().Should().BeFalse();
        }

        // Appraisal (5 February): one correction, for Trảng Dài's G1.2.1.
        api.At(2, 5, 9);
        foreach (var code in new[] { Given.TrangDai, Given.TanPhong, Given.BinhLoc })
            await appraiser.Post($"{unit(code)}/appraisal").Ok<JsonElement>();
        await appraiser.Post($"{unit(Given.TrangDai)}/evidence", new { indicatorId = "G1.2.1", source = "appraisal", evidence = new { value = 0.8m }, note = "Số liệu của Sở" }).Ok<JsonElement>();
        api.At(2, 20, 16);
        foreach (var code in new[] { Given.TrangDai, Given.TanPhong, Given.BinhLoc })
            await appraiser.Post($"{unit(code)}/appraisal/completion").Ok<JsonElement>();

        // Finalization (3 March) returns the scorecard each unit keeps.
        api.At(3, 3, 10);
        var finals = new Dictionary<string, JsonElement>();
        foreach (var code in new[] { Given.TrangDai, Given.TanPhong, Given.BinhLoc })
            finals[code] = await admin.Post($"{unit(code)}/finalization").Ok<JsonElement>();

        finals.ToDictionary(f => f.Key, f => f.Value.GetProperty("total").GetDecimal())
            .Should().Equal(new Dictionary<string, decimal> { [Given.TrangDai] = 17m, [Given.TanPhong] = 19m, [Given.BinhLoc] = 17m });
        finals[Given.TrangDai].GetProperty("groups").GetProperty("G1").GetDecimal().Should().Be(9m);
        finals[Given.TanPhong].GetProperty("indicators").GetProperty("G5.3.1").GetDecimal().Should().Be(4m);
        finals.Values.Select(f => f.GetProperty("rating").GetString()).Should().AllBe("unsatisfactory");
        finals.Values.Select(f => f.GetProperty("caps").GetArrayLength()).Should().AllBeEquivalentTo(0);

        var ranking = await admin.Get($"/rounds/{round}/ranking").Ok<List<RankingRow>>();
        ranking.Select(r => (r.Rank, r.UnitCode, r.Total, r.Rating)).Should().Equal(
            (1, Given.TanPhong, 19m, "unsatisfactory"),
            (2, Given.TrangDai, 17m, "unsatisfactory"),
            (2, Given.BinhLoc, 17m, "unsatisfactory"));
        ranking[0].Kind.Should().Be(UnitKind.Ward);

        // Wards only: 25996 19 → 1, 25993 17 → 2. Communes only: 26089 alone → 1.
        (await admin.Get($"/rounds/{round}/ranking?kind=phuong").Ok<List<RankingRow>>())
            .Select(r => (r.Rank, r.UnitCode)).Should().Equal((1, Given.TanPhong), (2, Given.TrangDai));
        (await admin.Get($"/rounds/{round}/ranking?kind=xa").Ok<List<RankingRow>>())
            .Select(r => (r.Rank, r.UnitCode)).Should().Equal((1, Given.BinhLoc));

        // What it would take Trảng Dài: the next band, satisfactory, starts at 50; 50 − 17 = 33.
        var next = await admin.Get($"{unit(Given.TrangDai)}/what-it-would-take").Ok<JsonElement>();
        next.GetProperty("nextRating").GetString().Should().Be("satisfactory");
        next.GetProperty("gap").GetDecimal().Should().Be(33m);

        // The final scorecard, the unit's history, the audit trail and the conduct summary read back.
        (await admin.Get($"{unit(Given.TrangDai)}/scorecard/final").Ok<JsonElement>()).GetProperty("total").GetDecimal().Should().Be(17m);
        var history = await admin.Get($"/units/{Given.TrangDai}/history").Ok<JsonElement>();
        history.GetProperty("points").EnumerateArray().Select(p => p.GetProperty("total").GetDecimal()).Should().Equal(17m);
        var trail = await admin.Get($"{unit(Given.TrangDai)}/audit-trail").Ok<JsonElement>();
        trail.EnumerateArray().Select(e => e.GetProperty("actor").GetString()).Should()
            .StartWith("officer-25993").And.EndWith("admin-dong-nai").And.Contain("appraiser-dong-nai");
        var summary = await admin.Get($"/provinces/{Actors.EncodedProvince}/conduct-summary?period=2024&grouping=unit").Ok<JsonElement>();
        summary.EnumerateArray().Select(r => (r.GetProperty("key").GetString(), r.GetProperty("current").GetProperty("confirmed").GetInt32()))
            .Should().Equal((Given.TanPhong, 1));
    }
}
