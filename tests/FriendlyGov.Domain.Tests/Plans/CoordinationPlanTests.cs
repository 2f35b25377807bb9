using System.Text;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Periods;
using FriendlyGov.Domain.Plans;
using NodaTime;
using static FriendlyGov.Domain.Tests.Plans.PlanFixtures;

namespace FriendlyGov.Domain.Tests.Plans;

public sealed class CoordinationPlanTests
{
    [Fact]
    public void Is_drawn_up_between_its_parties_for_its_period_with_no_item()
    {
        var plan = CoordinationPlan.Create(" Đồng Nai ".Normalize(NormalizationForm.FormD), Text("Kế hoạch thử"), AssessmentPeriod.OfYear(2024), [Commission, Delegation], "admin", At(2024, 6, 21));

        plan.Province.Should().Be("Đồng Nai", "the province is trimmed and NFC");
        plan.Period.Should().Be("2024");
        plan.PlanPeriod.Start.Should().Be(new LocalDate(2024, 1, 1));
        plan.Parties.Select(p => p.Code).Should().Equal("BDV-TU", "BCSD-UBND");
        plan.Items.Should().BeEmpty();
        plan.DomainEvents.Should().Equal(new PlanChanged(plan.Id, PlanChange.Created, null, null, "admin", At(2024, 6, 21)));
    }

    [Fact]
    public void Needs_two_distinct_parties()
    {
        var one = () => CoordinationPlan.Create("Đồng Nai", Text("K"), AssessmentPeriod.OfYear(2024), [Commission], "admin", At(2024, 6, 21));
        var twice = () => CoordinationPlan.Create("Đồng Nai", Text("K"), AssessmentPeriod.OfYear(2024), [Commission, Delegation, Commission], "admin", At(2024, 6, 21));

        one.Should().Throw<InvalidInputException>().Which.Problems.Should().Equal(new Problem("parties", "a coordination plan is between at least two bodies, not 1"));
        twice.Should().Throw<InvalidInputException>().Which.Problems.Should().Equal(new Problem("parties", "body BDV-TU is listed more than once"));
    }

    [Fact]
    public void Adds_an_item_led_by_a_party_with_its_coordinating_bodies()
    {
        var plan = Empty2024();

        plan.AddItem("1", Text("Nội dung 1"), Delegation.Code, [Commission, HomeAffairs], "admin", At(2024, 6, 22));

        var item = plan.Items.Should().ContainSingle().Subject;
        item.Lead.Should().Be("BCSD-UBND");
        item.Coordinating.Should().Equal(Commission, HomeAffairs);
        item.Milestones.Should().BeEmpty();
        plan.FindBody("SNV").Should().Be(HomeAffairs, "a coordinating body is named in the plan though not a party");
        plan.Version.Should().Be(2, "created, then one item");
    }

    [Fact]
    public void Refuses_an_item_that_breaks_the_plan_and_changes_nothing()
    {
        var plan = WithItem();
        var version = plan.Version;

        var taken = () => plan.AddItem("1", Text("Lặp"), Delegation.Code, [], "admin", At(2024, 6, 22));
        var stranger = () => plan.AddItem("2", Text("Hai"), "SNV", [], "admin", At(2024, 6, 22));
        var leadCoordinates = () => plan.AddItem("2", Text("Hai"), Commission.Code, [Commission, HomeAffairs, HomeAffairs], "admin", At(2024, 6, 22));
        var badCode = () => plan.AddItem("2 a", Text("Hai"), Commission.Code, [], "admin", At(2024, 6, 22));

        taken.Should().Throw<InvalidInputException>().Which.Problems.Should().Equal(new Problem("itemId", "item 1 is already in the plan"));
        stranger.Should().Throw<InvalidInputException>().Which.Problems.Should().Equal(new Problem("lead", "'SNV' is not a party to the plan: the lead is one of BDV-TU, BCSD-UBND"));
        leadCoordinates.Should().Throw<InvalidInputException>().Which.Problems.Should().Equal(
            new Problem("coordinating", "BDV-TU leads the item and cannot also coordinate it"),
            new Problem("coordinating", "body SNV is listed more than once"));
        badCode.Should().Throw<InvalidInputException>().Which.Problems.Should().ContainSingle().Which.Path.Should().Be("itemId");
        plan.Items.Should().ContainSingle();
        plan.Version.Should().Be(version);
    }

    [Theory]
    [InlineData("2024-01-01")]
    [InlineData("2024-12-31")]
    public void Accepts_a_milestone_due_on_the_first_or_last_day_of_the_period(string due)
    {
        var plan = WithItem();

        plan.AddMilestone("1", "M1", Text("Mốc"), NodaTime.Text.LocalDatePattern.Iso.Parse(due).Value, "admin", At(2024, 6, 22));

        plan.Items[0].Milestones.Should().ContainSingle().Which.CompletedOn.Should().BeNull();
    }

    [Theory]
    [InlineData("2023-12-31")]
    [InlineData("2025-01-01")]
    public void Refuses_a_milestone_due_outside_the_period(string due)
    {
        var plan = WithItem();

        var add = () => plan.AddMilestone("1", "M1", Text("Mốc"), NodaTime.Text.LocalDatePattern.Iso.Parse(due).Value, "admin", At(2024, 6, 22));

        add.Should().Throw<InvalidInputException>().Which.Problems.Should().Equal(
            new Problem("due", $"{due} is outside the plan's period 2024 (2024-01-01 to 2024-12-31)"));
        plan.Items[0].Milestones.Should().BeEmpty();
    }

    [Fact]
    public void Refuses_a_milestone_code_already_in_the_item_but_not_one_in_another_item()
    {
        var plan = WithItem();
        plan.AddItem("2", Text("Nội dung 2"), Commission.Code, [], "admin", At(2024, 6, 22));
        plan.AddMilestone("1", "M1", Text("Mốc"), new LocalDate(2024, 7, 31), "admin", At(2024, 6, 22));

        var again = () => plan.AddMilestone("1", "M1", Text("Mốc khác"), new LocalDate(2024, 8, 31), "admin", At(2024, 6, 22));
        plan.AddMilestone("2", "M1", Text("Mốc"), new LocalDate(2024, 8, 31), "admin", At(2024, 6, 22));

        again.Should().Throw<InvalidInputException>().Which.Problems.Should().Equal(new Problem("milestoneId", "item 1 already has milestone M1"));
        plan.Items.Select(i => i.Milestones.Count).Should().Equal(1, 1);
    }

    [Fact]
    public void Completes_a_milestone_once()
    {
        var plan = WithItem();
        plan.AddMilestone("1", "M1", Text("Mốc"), new LocalDate(2024, 7, 31), "admin", At(2024, 6, 22));

        plan.CompleteMilestone("1", "M1", new LocalDate(2024, 7, 30), "admin-2", At(2024, 7, 30, 16));
        var again = () => plan.CompleteMilestone("1", "M1", new LocalDate(2024, 8, 2), "admin", At(2024, 8, 2));

        again.Should().Throw<DomainRuleException>().WithMessage("Milestone M1 of item 1 was already completed on 2024-07-30; a milestone is completed once.")
            .Which.Rule.Should().Be(DomainRules.MilestoneOnce);
        plan.Items[0].Milestones[0].Should().Be(new PlanMilestone("M1", Text("Mốc"), new LocalDate(2024, 7, 31), new LocalDate(2024, 7, 30), "admin-2"));
        plan.DomainEvents[^1].Should().Be(new PlanChanged(plan.Id, PlanChange.MilestoneCompleted, "1", "M1", "admin-2", At(2024, 7, 30, 16)));
    }

    [Fact]
    public void Refuses_a_completion_day_still_to_come_in_Vietnam()
    {
        var plan = WithItem();
        plan.AddMilestone("1", "M1", Text("Mốc"), new LocalDate(2024, 7, 31), "admin", At(2024, 6, 22));

        // 30 July 2024 at 23:30 UTC is already 31 July, 06:30 in Vietnam: the 31st is today, the 1st still to come.
        var recordedAt = Instant.FromUtc(2024, 7, 30, 23, 30);
        var tomorrow = () => plan.CompleteMilestone("1", "M1", new LocalDate(2024, 8, 1), "admin", recordedAt);
        tomorrow.Should().Throw<InvalidInputException>().Which.Problems.Should().Equal(
            new Problem("on", "2024-08-01 is still to come: it is 2024-07-31 in Vietnam"));

        plan.CompleteMilestone("1", "M1", new LocalDate(2024, 7, 31), "admin", recordedAt);
        plan.Items[0].Milestones[0].CompletedOn.Should().Be(new LocalDate(2024, 7, 31));
    }

    [Fact]
    public void Refuses_a_completion_day_outside_the_period()
    {
        var plan = WithItem();
        plan.AddMilestone("1", "M1", Text("Mốc"), new LocalDate(2024, 12, 20), "admin", At(2024, 6, 22));

        var next = () => plan.CompleteMilestone("1", "M1", new LocalDate(2025, 1, 3), "admin", At(2025, 1, 5));

        next.Should().Throw<InvalidInputException>().Which.Problems.Should().Equal(
            new Problem("on", "2025-01-03 is outside the plan's period 2024 (2024-01-01 to 2024-12-31)"));
    }

    [Fact]
    public void Appends_progress_updates_with_the_note_in_NFC()
    {
        var plan = WithItem();
        var note = "Đã ban hành kế hoạch triển khai".Normalize(NormalizationForm.FormD);

        var first = plan.RecordProgress("1", new LocalDate(2024, 7, 15), "  " + note + " ", 20, "admin", At(2024, 7, 16));
        plan.RecordProgress("1", new LocalDate(2024, 8, 15), "Tập huấn cán bộ", null, "admin-2", At(2024, 8, 16));

        first.Should().Be(new ProgressUpdate(new LocalDate(2024, 7, 15), "admin", "Đã ban hành kế hoạch triển khai", 20, At(2024, 7, 16)));
        plan.Items[0].Updates.Select(u => (u.On, u.By, u.PercentComplete)).Should().Equal(
            (new LocalDate(2024, 7, 15), "admin", (int?)20),
            (new LocalDate(2024, 8, 15), "admin-2", (int?)null));
    }

    [Fact]
    public void Refuses_a_progress_update_before_the_plan_starts_after_today_blank_or_above_100_percent()
    {
        var plan = WithItem();

        var early = () => plan.RecordProgress("1", new LocalDate(2023, 12, 31), "Chuẩn bị", null, "admin", At(2024, 7, 1));
        var future = () => plan.RecordProgress("1", new LocalDate(2024, 7, 2), " ", 101, "admin", At(2024, 7, 1));

        early.Should().Throw<InvalidInputException>().Which.Problems.Should().Equal(
            new Problem("on", "2023-12-31 is before the plan's period 2024 starts on 2024-01-01"));
        future.Should().Throw<InvalidInputException>().Which.Problems.Should().Equal(
            new Problem("on", "2024-07-02 is still to come: it is 2024-07-01 in Vietnam"),
            new Problem("note", "is required: say what was done"),
            new Problem("percentComplete", "101 is outside [0, 100]"));
        plan.Items[0].Updates.Should().BeEmpty();
    }

    [Fact]
    public void Takes_the_latest_percent_by_the_day_reported_on_then_by_the_order_recorded()
    {
        var plan = WithItem();
        plan.RecordProgress("1", new LocalDate(2024, 8, 1), "Báo cáo tháng 7", 40, "admin", At(2024, 8, 2));
        plan.RecordProgress("1", new LocalDate(2024, 7, 1), "Báo cáo tháng 6, gửi muộn", 25, "admin", At(2024, 8, 3));
        plan.RecordProgress("1", new LocalDate(2024, 8, 1), "Đính chính báo cáo tháng 7", 35, "admin", At(2024, 8, 4));
        plan.RecordProgress("1", new LocalDate(2024, 9, 1), "Không ước được phần trăm", null, "admin", At(2024, 9, 2));

        var item = plan.Items[0];
        item.PercentCompleteOn(new LocalDate(2024, 9, 30)).Should().Be(35, "1 August is the latest day with a percent; of its two updates the correction was recorded last");
        item.PercentCompleteOn(new LocalDate(2024, 7, 31)).Should().Be(25, "only the update on 1 July is on or before 31 July");
        item.PercentCompleteOn(new LocalDate(2024, 6, 30)).Should().BeNull();
    }

    [Fact]
    public void Finds_the_milestones_overdue_on_a_day()
    {
        var plan = WithItem();
        plan.AddItem("2", Text("Nội dung 2"), Commission.Code, [Delegation], "admin", At(2024, 6, 22));
        plan.AddMilestone("1", "M1", Text("Mốc 1"), new LocalDate(2024, 7, 31), "admin", At(2024, 6, 22));
        plan.AddMilestone("1", "M2", Text("Mốc 2"), new LocalDate(2024, 8, 31), "admin", At(2024, 6, 22));
        plan.AddMilestone("2", "M1", Text("Mốc 3"), new LocalDate(2024, 8, 15), "admin", At(2024, 6, 22));
        plan.AddMilestone("2", "M2", Text("Mốc 4"), new LocalDate(2024, 9, 30), "admin", At(2024, 6, 22));
        plan.CompleteMilestone("2", "M1", new LocalDate(2024, 9, 5), "admin", At(2024, 9, 5));
        plan.CompleteMilestone("2", "M2", new LocalDate(2024, 9, 10), "admin", At(2024, 9, 10));

        static IEnumerable<string> Overdue(CoordinationPlan plan, int month, int day) =>
            plan.OverdueOn(new LocalDate(2024, month, day)).Select(o => $"{o.Item.Id}/{o.Milestone.Id}");

        // 31 August: 1/M1 (due 31 July) and 2/M1 (due 15 August, done only on 5 September) are
        // past due; 1/M2 is due that very day, so not yet overdue.
        Overdue(plan, 8, 31).Should().Equal("1/M1", "2/M1");
        // 1 September: 1/M2's due day has passed too.
        Overdue(plan, 9, 1).Should().Equal("1/M1", "1/M2", "2/M1");
        // 5 September: 2/M1 was completed that day, late, and is no longer overdue.
        Overdue(plan, 9, 5).Should().Equal("1/M1", "1/M2");
        // 1 October: 2/M2 (due 30 September) was done early on 10 September.
        Overdue(plan, 10, 1).Should().Equal("1/M1", "1/M2");
    }
}
