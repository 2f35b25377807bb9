using FriendlyGov.Domain;
using FriendlyGov.Domain.Periods;
using FriendlyGov.Domain.Plans;
using NodaTime;

namespace FriendlyGov.Domain.Tests.Plans;

/// <summary>Plans and instants the plan tests share.</summary>
internal static class PlanFixtures
{
    public static readonly PlanBody Commission = BuiltInPlanTemplates.MassMobilizationCommission;
    public static readonly PlanBody Delegation = BuiltInPlanTemplates.PeoplesCommitteePartyDelegation;
    public static readonly PlanBody HomeAffairs = new("SNV", new LocalizedText("Sở Nội vụ", "Department of Home Affairs"));

    /// <summary>An instant given as a time of day in Vietnam (UTC+7).</summary>
    public static Instant At(int year, int month, int day, int hour = 9) =>
        new LocalDateTime(year, month, day, hour, 0).InZoneStrictly(VietnamTime.Zone).ToInstant();

    /// <summary>An empty 2024 plan between the Commission and the Delegation, drawn up on 21 June 2024.</summary>
    public static CoordinationPlan Empty2024() =>
        CoordinationPlan.Create("Đồng Nai", Text("Kế hoạch thử"), AssessmentPeriod.OfYear(2024), [Commission, Delegation], "admin", At(2024, 6, 21));

    /// <summary>A 2024 plan with item 1, led by the Delegation with the Commission coordinating.</summary>
    public static CoordinationPlan WithItem()
    {
        var plan = Empty2024();
        plan.AddItem("1", Text("Nội dung 1"), Delegation.Code, [Commission], "admin", At(2024, 6, 21));
        return plan;
    }

    public static LocalizedText Text(string vi) => new(vi, vi + " (en)");
}
