using System.Net;
using System.Text.Json;

namespace FriendlyGov.Samples.WebApi.Tests;

/// <summary>A coordination plan over HTTP: drawn up, an item with milestones, progress, and where it stands.</summary>
public sealed class PlanTests(WebApiFactory api) : IClassFixture<WebApiFactory>
{
    private static readonly object MassMobilization = new { code = "BDV-TU", name = new { vi = "Ban Dân vận Tỉnh ủy", en = "Provincial Party Committee's Mass Mobilization Commission" } };
    private static readonly object PartyDelegation = new { code = "DDCS-UBND", name = new { vi = "Đảng đoàn UBND tỉnh", en = "Party Delegation of the Provincial People's Committee" } };
    private static readonly object Front = new { code = "MTTQ", name = new { vi = "Ủy ban MTTQ Việt Nam tỉnh", en = "Provincial Fatherland Front Committee" } };

    // Item 1, led by BDV-TU, coordinated by DDCS-UBND and MTTQ; milestones M1 due 30 June
    // (completed 20 June), M2 due 30 September (not completed), M3 due 31 December.
    // As of 1 October 2024: due M1 and M2 → 2; completed M1 → 1; overdue M2, 1 day (1 October −
    // 30 September). BDV-TU leads 1 item with 3 milestones, latest percent 40 (15 September);
    // DDCS-UBND, a party, coordinates 1; MTTQ, not a party, comes after the parties, coordinates 1.
    [Fact]
    public async Task A_plan_stands_as_worked_by_hand()
    {
        using var admin = api.As(Actors.Administrator);
        var plan = (await admin.Post("/plans", new
        {
            province = Actors.Province,
            title = new { vi = "Kế hoạch phối hợp công tác dân vận chính quyền năm 2024", en = "2024 plan for mass mobilization in government" },
            period = "2024",
            parties = new[] { MassMobilization, PartyDelegation },
        }).Ok<JsonElement>()).GetProperty("planId").GetGuid();
        var item = $"/plans/{plan}/items/1";
        await admin.Post($"/plans/{plan}/items", new
        {
            itemId = "1", title = new { vi = "Xây dựng chính quyền thân thiện", en = "Building a friendly government" }, lead = "BDV-TU", coordinating = new[] { PartyDelegation, Front },
        }).Ok<JsonElement>();
        foreach (var (id, due) in new[] { ("M1", "2024-06-30"), ("M2", "2024-09-30"), ("M3", "2024-12-31") })
            await admin.Post($"{item}/milestones", new { milestoneId = id, title = new { vi = $"Mốc {id}", en = $"Milestone {id}" }, due }).Ok<JsonElement>();
        await admin.Post($"{item}/milestones/M1/completion", new { on = "2024-06-20" }).Ok<JsonElement>();
        (await admin.Post($"{item}/progress", new { on = "2024-09-15", note = "Đã tập huấn 12 xã", percentComplete = 40 }).Ok<JsonElement>())
            .GetProperty("updates").GetInt32().Should().Be(1);

        using var appraiser = api.As(Actors.Appraiser);
        var overdue = await appraiser.Get($"/plans/{plan}/overdue-milestones?asOf=2024-10-01").Ok<JsonElement>();
        var progress = await appraiser.Get($"/plans/{plan}/progress?asOf=2024-10-01").Ok<JsonElement>();

        overdue.EnumerateArray().Select(o => (o.GetProperty("itemId").GetString(), o.GetProperty("milestoneId").GetString(), o.GetProperty("daysOverdue").GetInt32()))
            .Should().Equal(("1", "M2", 1));
        progress.GetProperty("bodies").EnumerateArray().Select(b => (
                b.GetProperty("body").GetProperty("code").GetString(), b.GetProperty("itemsLed").GetInt32(), b.GetProperty("itemsCoordinated").GetInt32(),
                b.GetProperty("milestones").GetInt32(), b.GetProperty("milestonesDue").GetInt32(), b.GetProperty("milestonesCompleted").GetInt32(), b.GetProperty("milestonesOverdue").GetInt32()))
            .Should().Equal(("BDV-TU", 1, 0, 3, 2, 1, 1), ("DDCS-UBND", 0, 1, 0, 0, 0, 0), ("MTTQ", 0, 1, 0, 0, 0, 0));
        progress.GetProperty("bodies")[0].GetProperty("items")[0].GetProperty("latestPercentComplete").GetInt32().Should().Be(40);
    }

    [Fact]
    public async Task Completing_a_milestone_twice_is_409()
    {
        using var admin = api.As(Actors.Administrator);
        var plan = (await admin.Post("/plans", new { province = Actors.Province, template = "dongnai-dan-van-chinh-quyen-2024" }).Ok<JsonElement>()).GetProperty("planId").GetGuid();
        // The template's first milestone not completed by the last day of 2024, whichever it is.
        var milestone = (await admin.Get($"/plans/{plan}/overdue-milestones?asOf=2024-12-31").Ok<JsonElement>())[0];
        var completion = $"/plans/{plan}/items/{milestone.GetProperty("itemId").GetString()}/milestones/{milestone.GetProperty("milestoneId").GetString()}/completion";

        await admin.Post(completion, new { on = milestone.GetProperty("due").GetString() }).Ok<JsonElement>();
        await admin.Post(completion, new { on = milestone.GetProperty("due").GetString() }).Problem(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task An_appraiser_may_read_a_plan_but_not_draw_one_up()
    {
        using var appraiser = api.As(Actors.Appraiser);

        var problem = await appraiser.Post("/plans", new { province = Actors.Province, template = "dongnai-dan-van-chinh-quyen-2024" }).Problem(HttpStatusCode.Forbidden);

        problem.GetProperty("rule").GetString().Should().Be("province-administrator");
    }

    [Fact]
    public async Task A_party_with_a_blank_name_or_a_bad_code_is_400_naming_each()
    {
        using var admin = api.As(Actors.Administrator);

        var problem = await admin.Post("/plans", new
        {
            province = Actors.Province, title = new { vi = "Kế hoạch", en = "Plan" }, period = "2024",
            parties = new object[] { MassMobilization, new { code = "bad code", name = new { vi = " ", en = "Someone" } } },
        }).Problem(HttpStatusCode.BadRequest);

        problem.ErrorFields().Should().BeEquivalentTo("parties[1].code", "parties[1].name");
    }

    [Fact]
    public async Task An_as_of_that_is_not_a_date_is_400()
    {
        using var admin = api.As(Actors.Administrator);

        var problem = await admin.Get($"/plans/{Guid.NewGuid()}/progress?asOf=01/10/2024").Problem(HttpStatusCode.BadRequest);

        problem.GetProperty("errors").GetProperty("asOf")[0].GetString().Should().Be("'01/10/2024' is not a date written 2024-10-01");
    }
}
