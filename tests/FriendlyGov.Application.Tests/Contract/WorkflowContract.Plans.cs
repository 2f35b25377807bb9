using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Plans.AddMilestone;
using FriendlyGov.Application.Plans.AddPlanItem;
using FriendlyGov.Application.Plans.CompleteMilestone;
using FriendlyGov.Application.Plans.CreatePlan;
using FriendlyGov.Application.Plans.GetOverdueMilestones;
using FriendlyGov.Application.Plans.GetPlanProgress;
using FriendlyGov.Application.Plans.RecordProgress;
using FriendlyGov.Application.Ports;
using FriendlyGov.Application.Validation;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Assessments;
using FriendlyGov.Domain.Plans;
using NodaTime;

namespace FriendlyGov.Application.Tests.Contract;

/// <summary>The coordination plan (kế hoạch phối hợp): drawn up, run and read through the mediator.</summary>
public abstract partial class WorkflowContract
{
    private static readonly PlanBody PlanCommission = BuiltInPlanTemplates.MassMobilizationCommission;
    private static readonly PlanBody PlanDelegation = BuiltInPlanTemplates.PeoplesCommitteePartyDelegation;
    private static readonly PlanBody PlanHomeAffairs = new("SNV", new LocalizedText("Sở Nội vụ", "Department of Home Affairs"));

    /// <summary>
    /// On 10 January 2025 (the tests' clock) none of the template's eleven 2024 milestones is
    /// completed, and all fell due by 15 December 2024: every one is overdue. The PlanCommission leads
    /// items 3, 4 and 5 (1 + 2 + 2 milestones), the PlanDelegation items 1, 2 and 6 (2 + 2 + 2).
    /// </summary>
    [Fact]
    public async Task A_plan_drawn_up_from_the_2024_template_has_the_seeds_six_items_and_all_its_milestones_overdue_in_2025()
    {
        var planId = await SendAs(Actors.Administrator, new CreatePlan(Guid.NewGuid(), DongNai.Province, BuiltInPlanTemplates.DongNai2024Id));

        var plan = await Stored<CoordinationPlan>(planId);
        plan.Title.Vi.Should().Be("Kế hoạch phối hợp công tác dân vận chính quyền năm 2024");
        plan.Province.Should().Be("Đồng Nai");
        plan.Parties.Should().Equal(PlanCommission, PlanDelegation);
        plan.Items.Select(i => i.Title.Vi).Should().Equal(BuiltInPlanTemplates.DongNaiGovernmentMassMobilization2024.Items.Select(i => i.Title.Vi));
        plan.Items.Select(i => i.Milestones.Count).Should().Equal(2, 2, 1, 2, 2, 2);

        var progress = await SendAs(Actors.Appraiser, new GetPlanProgress(planId));
        progress.AsOf.Should().Be(new LocalDate(2025, 1, 10), "today in Vietnam by the clock");
        progress.Bodies.Select(b => (b.Body.Code, b.ItemsLed, b.ItemsCoordinated, b.Milestones, b.MilestonesDue, b.MilestonesCompleted, b.MilestonesOverdue)).Should().Equal(
            ("BDV-TU", 3, 3, 5, 5, 0, 5),
            ("BCSD-UBND", 3, 3, 6, 6, 0, 6));
        (await SendAs(Actors.Administrator, new GetOverdueMilestones(planId))).Should().HaveCount(11);
        (await StoredAudit($"plan/{planId}")).Should().ContainSingle().Which.Summary.Should().Be(
            "drew up coordination plan 'Kế hoạch phối hợp công tác dân vận chính quyền năm 2024' for 2024 between BDV-TU and BCSD-UBND from template dongnai-dan-van-chinh-quyen-2024");
    }

    /// <summary>
    /// A 2025 plan with milestones due on 9 January, 10 January and 28 February 2025. On 10
    /// January (today) only M1 is overdue, by 1 day; M2 is due today. On 1 March: M1 by 22 days of
    /// January after the 9th + 28 of February + 1 = 51, M2 by 21 + 28 + 1 = 50, M3 by 1 (2025 is
    /// not a leap year); then M2 is recorded done on 20 February, late, and leaves the list.
    /// </summary>
    [Fact]
    public async Task Overdue_milestones_are_those_due_before_today_in_Vietnam_and_not_completed()
    {
        var planId = await CreatePlan2025();
        await SendAs(Actors.Administrator, new AddPlanItem(Guid.NewGuid(), planId, "1", PlanText("Triển khai mô hình"), PlanDelegation.Code, [PlanCommission, PlanHomeAffairs]));
        await SendAs(Actors.Administrator, new AddMilestone(Guid.NewGuid(), planId, "1", "M1", PlanText("Ban hành kế hoạch"), new LocalDate(2025, 1, 9)));
        await SendAs(Actors.Administrator, new AddMilestone(Guid.NewGuid(), planId, "1", "M2", PlanText("Tập huấn"), new LocalDate(2025, 1, 10)));
        await SendAs(Actors.Administrator, new AddMilestone(Guid.NewGuid(), planId, "1", "M3", PlanText("Sơ kết quý I"), new LocalDate(2025, 2, 28)));

        (await SendAs(Actors.Appraiser, new GetOverdueMilestones(planId))).Should().Equal(
            new OverdueMilestone("1", PlanText("Triển khai mô hình"), "BCSD-UBND", "M1", PlanText("Ban hành kế hoạch"), new LocalDate(2025, 1, 9), 1));

        // 1 March, 00:30 in Vietnam is still 28 February in UTC: the day that counts is Vietnam's.
        Clock.Reset(At(2025, 3, 1, 0, 30));
        (await SendAs(Actors.Appraiser, new GetOverdueMilestones(planId))).Select(o => (o.MilestoneId, o.DaysOverdue)).Should().Equal(("M1", 51), ("M2", 50), ("M3", 1));

        await SendAs(Actors.Administrator, new CompleteMilestone(Guid.NewGuid(), planId, "1", "M2", new LocalDate(2025, 2, 20)));
        (await SendAs(Actors.Appraiser, new GetOverdueMilestones(planId))).Select(o => o.MilestoneId).Should().Equal("M1", "M3");
        (await SendAs(Actors.Appraiser, new GetOverdueMilestones(planId, new LocalDate(2025, 2, 1)))).Select(o => (o.MilestoneId, o.DaysOverdue)).Should().Equal(
            ("M1", 23), ("M2", 22));
        var stored = (await Stored<CoordinationPlan>(planId)).Items[0].Milestones[1];
        stored.Should().Be(new PlanMilestone("M2", PlanText("Tập huấn"), new LocalDate(2025, 1, 10), new LocalDate(2025, 2, 20), "admin-dong-nai"));
        (await StoredAudit($"plan/{planId}"))[^1].Summary.Should().Be("completed milestone M2 of item 1 on 2025-02-20, 41 days after it was due");
    }

    /// <summary>
    /// Progress updates are appended and kept as sent; the latest percent is the one on the latest
    /// day (15 January, 30%), not the one recorded last (a late report on 12 January, 20%).
    /// </summary>
    [Fact]
    public async Task Progress_updates_are_appended_and_the_latest_percent_counts_per_item_and_body()
    {
        var planId = await CreatePlan2025();
        await SendAs(Actors.Administrator, new AddPlanItem(Guid.NewGuid(), planId, "1", PlanText("Triển khai mô hình"), PlanDelegation.Code, [PlanCommission]));
        await SendAs(Actors.Administrator, new AddPlanItem(Guid.NewGuid(), planId, "2", PlanText("Hướng dẫn địa phương"), PlanCommission.Code));

        Clock.Reset(At(2025, 1, 20, 9, 0));
        (await SendAs(Actors.Administrator, new RecordProgress(Guid.NewGuid(), planId, "1", new LocalDate(2025, 1, 15), "Đã ban hành kế hoạch", 30))).Should().Be(1);
        (await SendAs(Actors.Administrator, new RecordProgress(Guid.NewGuid(), planId, "1", new LocalDate(2025, 1, 12), "Báo cáo gửi muộn", 20))).Should().Be(2);
        (await SendAs(Actors.Administrator, new RecordProgress(Guid.NewGuid(), planId, "2", new LocalDate(2025, 1, 18), "Đang soạn hướng dẫn"))).Should().Be(1);

        var progress = await SendAs(Actors.Appraiser, new GetPlanProgress(planId));
        progress.Bodies.Select(b => (b.Body.Code, b.ItemsLed, b.ItemsCoordinated)).Should().Equal(("BDV-TU", 1, 1), ("BCSD-UBND", 1, 0));
        progress.Bodies.SelectMany(b => b.Items).Select(i => (i.ItemId, i.LatestPercentComplete)).Should().Equal(("2", (int?)null), ("1", (int?)30));
        (await Stored<CoordinationPlan>(planId)).Items[0].Updates.Should().Equal(
            new ProgressUpdate(new LocalDate(2025, 1, 15), "admin-dong-nai", "Đã ban hành kế hoạch", 30, At(2025, 1, 20, 9, 0)),
            new ProgressUpdate(new LocalDate(2025, 1, 12), "admin-dong-nai", "Báo cáo gửi muộn", 20, At(2025, 1, 20, 9, 0)));
    }

    [Fact]
    public async Task Recording_progress_again_under_the_same_request_id_adds_no_second_update()
    {
        var planId = await CreatePlan2025();
        await SendAs(Actors.Administrator, new AddPlanItem(Guid.NewGuid(), planId, "1", PlanText("Triển khai mô hình"), PlanDelegation.Code));
        var update = new RecordProgress(Guid.NewGuid(), planId, "1", new LocalDate(2025, 1, 10), "Đã họp triển khai", 10);

        (await SendAs(Actors.Administrator, update)).Should().Be(1);
        (await SendAs(Actors.Administrator, update)).Should().Be(1, "the retry returns the first result");

        (await Stored<CoordinationPlan>(planId)).Items[0].Updates.Should().ContainSingle();
    }

    [Fact]
    public async Task A_milestone_is_completed_once_and_a_second_completion_changes_nothing()
    {
        var planId = await CreatePlan2025();
        await SendAs(Actors.Administrator, new AddPlanItem(Guid.NewGuid(), planId, "1", PlanText("Triển khai mô hình"), PlanDelegation.Code));
        await SendAs(Actors.Administrator, new AddMilestone(Guid.NewGuid(), planId, "1", "M1", PlanText("Ban hành kế hoạch"), new LocalDate(2025, 1, 31)));
        await SendAs(Actors.Administrator, new CompleteMilestone(Guid.NewGuid(), planId, "1", "M1", new LocalDate(2025, 1, 8)));
        var before = await Stored<CoordinationPlan>(planId);

        var again = () => SendAs(Actors.Administrator, new CompleteMilestone(Guid.NewGuid(), planId, "1", "M1", new LocalDate(2025, 1, 10)));

        (await again.Should().ThrowAsync<WorkflowException>()).WithMessage("Milestone M1 of item 1 was already completed on 2025-01-08; a milestone is completed once.");
        var after = await Stored<CoordinationPlan>(planId);
        after.Version.Should().Be(before.Version);
        after.Items[0].Milestones[0].CompletedOn.Should().Be(new LocalDate(2025, 1, 8));
    }

    [Fact]
    public async Task Changes_that_break_the_plan_are_refused_naming_the_field()
    {
        var planId = await CreatePlan2025();
        await SendAs(Actors.Administrator, new AddPlanItem(Guid.NewGuid(), planId, "1", PlanText("Triển khai mô hình"), PlanDelegation.Code));

        (await ((Func<Task>)(() => SendAs(Actors.Administrator, new AddMilestone(Guid.NewGuid(), planId, "1", "M1", PlanText("Tổng kết"), new LocalDate(2026, 1, 15)))))
            .Should().ThrowAsync<ValidationException>()).Which.Problems.Should().Equal(
                new Problem("due", "2026-01-15 is outside the plan's period 2025 (2025-01-01 to 2025-12-31)"));
        (await ((Func<Task>)(() => SendAs(Actors.Administrator, new AddPlanItem(Guid.NewGuid(), planId, "1", PlanText("Lặp"), "SNV"))))
            .Should().ThrowAsync<ValidationException>()).Which.Problems.Should().Equal(
                new Problem("itemId", "item 1 is already in the plan"),
                new Problem("lead", "'SNV' is not a party to the plan: the lead is one of BDV-TU, BCSD-UBND"));
        (await ((Func<Task>)(() => SendAs(Actors.Administrator, new RecordProgress(Guid.NewGuid(), planId, "1", new LocalDate(2025, 1, 11), "Ngày mai"))))
            .Should().ThrowAsync<ValidationException>()).Which.Problems.Should().Equal(
                new Problem("on", "2025-01-11 is still to come: it is 2025-01-10 in Vietnam"));
        (await ((Func<Task>)(() => SendAs(Actors.Administrator, new RecordProgress(Guid.NewGuid(), planId, "1", new LocalDate(2025, 1, 10), " ", 120))))
            .Should().ThrowAsync<ValidationException>()).Which.Problems.Select(p => p.Path).Should().Equal("note", "percentComplete");
        await ((Func<Task>)(() => SendAs(Actors.Administrator, new CompleteMilestone(Guid.NewGuid(), planId, "1", "M9", new LocalDate(2025, 1, 10)))))
            .Should().ThrowAsync<NotFoundException>().WithMessage($"Item 1 of coordination plan {planId} has no milestone M9.");
        await ((Func<Task>)(() => SendAs(Actors.Administrator, new RecordProgress(Guid.NewGuid(), planId, "7", new LocalDate(2025, 1, 10), "Không có nội dung này"))))
            .Should().ThrowAsync<NotFoundException>().WithMessage($"Coordination plan {planId} has no item 7.");
        await ((Func<Task>)(() => SendAs(Actors.Appraiser, new GetPlanProgress(Guid.Empty))))
            .Should().ThrowAsync<NotFoundException>().WithMessage($"There is no coordination plan {Guid.Empty}.");

        var plan = await Stored<CoordinationPlan>(planId);
        plan.Items.Should().ContainSingle().Which.Milestones.Should().BeEmpty();
        plan.Items[0].Updates.Should().BeEmpty();
    }

    [Fact]
    public async Task A_plan_is_drawn_up_either_from_a_template_or_from_a_title_period_and_two_parties()
    {
        var both = () => SendAs(Actors.Administrator, new CreatePlan(Guid.NewGuid(), DongNai.Province, BuiltInPlanTemplates.DongNai2024Id, PlanText("Kế hoạch khác")));
        var unknown = () => SendAs(Actors.Administrator, new CreatePlan(Guid.NewGuid(), DongNai.Province, "dongnai-2030"));
        var bare = () => SendAs(Actors.Administrator, new CreatePlan(Guid.NewGuid(), DongNai.Province, Period: "2025-13", Parties: [PlanCommission]));

        (await both.Should().ThrowAsync<ValidationException>()).Which.Problems.Should().Equal(
            new Problem("title", "must be left out: template dongnai-dan-van-chinh-quyen-2024 gives it"));
        (await unknown.Should().ThrowAsync<ValidationException>()).Which.Problems.Should().Equal(
            new Problem("template", "'dongnai-2030' is not a built-in plan template: use one of dongnai-dan-van-chinh-quyen-2024"));
        (await bare.Should().ThrowAsync<ValidationException>()).Which.Problems.Should().Equal(
            new Problem("title", "is required"),
            new Problem("period", "'2025-13' is not a period: write 2024, 2024-H1, 2024-Q2 or 2024-05"),
            new Problem("parties", "a coordination plan is between at least two bodies, not 1"));
        (await StoredCount<CoordinationPlan>()).Should().Be(0);
    }

    [Fact]
    public async Task Only_an_administrator_of_the_plans_province_changes_it()
    {
        var planId = await CreatePlan2025();
        await SendAs(Actors.Administrator, new AddPlanItem(Guid.NewGuid(), planId, "1", PlanText("Triển khai mô hình"), PlanDelegation.Code));

        foreach (var actor in new[] { Actors.Appraiser, Actors.AdministratorOfBinhDuong, Actors.OfficerOf(DongNai.TanPhong) })
        {
            var refusals = new Func<Task>[]
            {
                () => SendAs(actor, new CreatePlan(Guid.NewGuid(), DongNai.Province, BuiltInPlanTemplates.DongNai2024Id)),
                () => SendAs(actor, new AddPlanItem(Guid.NewGuid(), planId, "2", PlanText("Nội dung hai"), PlanCommission.Code)),
                () => SendAs(actor, new AddMilestone(Guid.NewGuid(), planId, "1", "M1", PlanText("Mốc"), new LocalDate(2025, 3, 31))),
                () => SendAs(actor, new RecordProgress(Guid.NewGuid(), planId, "1", new LocalDate(2025, 1, 10), "Ghi nhận")),
            };
            foreach (var send in refusals)
            {
                (await send.Should().ThrowAsync<AuthorizationException>()).Which.Rule.Should().Be(Rules.ProvinceAdministrator, $"{actor.Id} does not administer Đồng Nai");
            }
        }

        var plan = await Stored<CoordinationPlan>(planId);
        plan.Items.Should().ContainSingle().Which.Milestones.Should().BeEmpty();
        (await StoredCount<CoordinationPlan>()).Should().Be(1);
    }

    [Fact]
    public async Task An_appraiser_or_administrator_of_the_province_reads_a_plan_and_no_one_else()
    {
        var planId = await CreatePlan2025();

        (await SendAs(Actors.Appraiser, new GetPlanProgress(planId))).Bodies.Should().HaveCount(2);
        (await SendAs(Actors.Administrator, new GetOverdueMilestones(planId))).Should().BeEmpty();
        foreach (var actor in new[] { Actors.AppraiserOfBinhDuong, Actors.OfficerOf(DongNai.TanPhong) })
        {
            (await ((Func<Task>)(() => SendAs(actor, new GetPlanProgress(planId)))).Should().ThrowAsync<AuthorizationException>()).Which.Rule.Should().Be(Rules.ReaderInScope);
            (await ((Func<Task>)(() => SendAs(actor, new GetOverdueMilestones(planId)))).Should().ThrowAsync<AuthorizationException>()).Which.Rule.Should().Be(Rules.ReaderInScope);
        }
    }

    private Task<Guid> CreatePlan2025() =>
        SendAs(Actors.Administrator, new CreatePlan(Guid.NewGuid(), DongNai.Province, Title: PlanText("Kế hoạch phối hợp năm 2025"), Period: "2025", Parties: [PlanCommission, PlanDelegation]));

    private static LocalizedText PlanText(string vi) => new(vi, $"{vi} (en)");
}
