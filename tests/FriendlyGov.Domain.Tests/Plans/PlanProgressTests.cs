using FriendlyGov.Domain.Plans;
using NodaTime;
using static FriendlyGov.Domain.Tests.Plans.PlanFixtures;

namespace FriendlyGov.Domain.Tests.Plans;

public sealed class PlanProgressTests
{
    /// <summary>
    /// The 2024 template: the Delegation leads items 1, 2 and 6 (2 + 2 + 2 milestones, due 31 July,
    /// 15 December; 31 August, 15 December; 31 July, 15 December), the Commission items 3, 4 and 5
    /// (1 + 2 + 2: 30 September; 15 August, 30 November; 15 September, 15 December). Each
    /// coordinates the three the other leads.
    /// </summary>
    [Fact]
    public void Counts_each_bodys_items_and_milestones_on_a_day()
    {
        var plan = CoordinationPlan.FromTemplate("Đồng Nai", BuiltInPlanTemplates.DongNaiGovernmentMassMobilization2024, "admin", At(2024, 6, 21));
        plan.CompleteMilestone("1", "M1", new LocalDate(2024, 7, 25), "admin", At(2024, 7, 25));
        plan.CompleteMilestone("4", "M1", new LocalDate(2024, 8, 20), "admin", At(2024, 8, 20));
        plan.RecordProgress("1", new LocalDate(2024, 9, 1), "Đã triển khai tại 40 xã", 40, "admin", At(2024, 9, 2));
        plan.RecordProgress("4", new LocalDate(2024, 8, 20), "Đã ban hành hướng dẫn", 50, "admin", At(2024, 8, 20));

        var rows = plan.ProgressOn(new LocalDate(2024, 10, 1));

        // On 1 October the Delegation's milestones due by then are 1/M1 (done 25 July), 2/M1
        // (31 August, not done: overdue) and 6/M1 (31 July, not done: overdue): 3 due, 1 done, 2 overdue.
        // The Commission's are 3/M1 (30 September, not done: overdue), 4/M1 (15 August, done
        // late on 20 August) and 5/M1 (15 September, not done: overdue): 3 due, 1 done, 2 overdue.
        rows.Select(r => (r.Body.Code, r.ItemsLed, r.ItemsCoordinated, r.Milestones, r.MilestonesDue, r.MilestonesCompleted, r.MilestonesOverdue)).Should().Equal(
            ("BDV-TU", 3, 3, 5, 3, 1, 2),
            ("BCSD-UBND", 3, 3, 6, 3, 1, 2));
        rows[1].Items.Select(i => (i.ItemId, i.Milestones, i.MilestonesCompleted, i.MilestonesOverdue, i.LatestPercentComplete)).Should().Equal(
            ("1", 2, 1, 0, (int?)40),
            ("2", 2, 0, 1, (int?)null),
            ("6", 2, 0, 1, (int?)null));
        rows[0].Items.Select(i => (i.ItemId, i.MilestonesOverdue, i.LatestPercentComplete)).Should().Equal(
            ("3", 1, (int?)null),
            ("4", 0, (int?)50),
            ("5", 1, (int?)null));
    }

    [Fact]
    public void Lists_a_coordinating_body_that_is_not_a_party_after_the_parties()
    {
        var plan = Empty2024();
        plan.AddItem("1", Text("Nội dung 1"), Commission.Code, [HomeAffairs], "admin", At(2024, 6, 22));

        var rows = plan.ProgressOn(new LocalDate(2024, 7, 1));

        rows.Select(r => (r.Body.Code, r.ItemsLed, r.ItemsCoordinated, r.Milestones)).Should().Equal(
            ("BDV-TU", 1, 0, 0),
            ("BCSD-UBND", 0, 0, 0),
            ("SNV", 0, 1, 0));
    }
}
