using FriendlyGov.Domain.Periods;
using NodaTime;

namespace FriendlyGov.Domain.Plans;

/// <summary>The coordination plans that ship with FriendlyGov, to start a plan from.</summary>
public static class BuiltInPlanTemplates
{
    /// <summary>The name of <see cref="DongNaiGovernmentMassMobilization2024"/>.</summary>
    public const string DongNai2024Id = "dongnai-dan-van-chinh-quyen-2024";

    /// <summary>The Provincial Party Committee's Mass Mobilization Commission (Ban Dân vận Tỉnh ủy), code <c>BDV-TU</c>.</summary>
    public static PlanBody MassMobilizationCommission { get; } =
        new("BDV-TU", new LocalizedText("Ban Dân vận Tỉnh ủy", "Provincial Party Committee's Mass Mobilization Commission"));

    /// <summary>The Party Delegation of the Provincial People's Committee (Ban cán sự đảng UBND tỉnh), code <c>BCSD-UBND</c>.</summary>
    public static PlanBody PeoplesCommitteePartyDelegation { get; } =
        new("BCSD-UBND", new LocalizedText("Ban cán sự đảng UBND tỉnh", "Party Delegation of the Provincial People's Committee"));

    /// <summary>
    /// Đồng Nai's 2024 plan for government mass-mobilization work (công tác dân vận chính quyền),
    /// signed on 21 June 2024 by the Mass Mobilization Commission and the Party Delegation of the
    /// Provincial People's Committee, with the six items the seed names.
    /// </summary>
    /// <remarks>
    /// <para>
    /// From the seed (baodongnai.com.vn, 21 June 2024): the two parties, the year, and the six
    /// items' Vietnamese titles word for word, in the seed's order (only the first letter is
    /// capitalized and non-breaking spaces are plain spaces); the English titles are translations.
    /// </para>
    /// <para>
    /// Illustrative, not from the seed: the seed says the two bodies coordinate on every item but
    /// not which leads. Here the Commission leads the items that advise the Standing Board or guide
    /// localities on its direction (3, 4, 5), the Party Delegation leads the items the government
    /// carries out (1, 2, 6), and the other party coordinates each. Every milestone, its title and
    /// its due date are illustrative too: a province replaces them with its own.
    /// </para>
    /// </remarks>
    public static CoordinationPlanTemplate DongNaiGovernmentMassMobilization2024 { get; } = new(
        DongNai2024Id,
        new LocalizedText("Kế hoạch phối hợp công tác dân vận chính quyền năm 2024", "Coordination plan for government mass-mobilization work, 2024"),
        AssessmentPeriod.OfYear(2024),
        [MassMobilizationCommission, PeoplesCommitteePartyDelegation],
        [
            Item(
                "1",
                "Triển khai mô hình Chính quyền thân thiện xã, phường, thị trấn trên địa bàn tỉnh Đồng Nai trong tình hình hiện nay",
                "Roll out the Friendly Government model in the communes, wards and townships of Đồng Nai in the present situation",
                PeoplesCommitteePartyDelegation,
                Milestone("M1", "Ban hành kế hoạch triển khai", "Issue the roll-out plan", new LocalDate(2024, 7, 31)),
                Milestone("M2", "Báo cáo kết quả năm 2024", "Report the 2024 results", new LocalDate(2024, 12, 15))),
            Item(
                "2",
                "Triển khai thực hiện mô hình dân vận khéo Phân loại chất thải rắn có khả năng tái sử dụng, tái chế tại nguồn",
                "Carry out the \"skilful mass mobilization\" model of sorting reusable and recyclable solid waste at source",
                PeoplesCommitteePartyDelegation,
                Milestone("M1", "Hướng dẫn các địa phương triển khai", "Guide localities in rolling it out", new LocalDate(2024, 8, 31)),
                Milestone("M2", "Báo cáo kết quả năm 2024", "Report the 2024 results", new LocalDate(2024, 12, 15))),
            Item(
                "3",
                "Tham mưu Ban Thường vụ Tỉnh ủy ban hành chỉ thị về Tăng cường sự lãnh đạo của Đảng về công tác dân vận trong tham gia công tác bồi thường, hỗ trợ và tái định cư khi Nhà nước thu hồi đất trên địa bàn tỉnh",
                "Advise the Provincial Party Standing Board to issue a directive strengthening the Party's leadership of mass mobilization in compensation, support and resettlement when the State recovers land in the province",
                MassMobilizationCommission,
                Milestone("M1", "Trình dự thảo chỉ thị", "Submit the draft directive", new LocalDate(2024, 9, 30))),
            Item(
                "4",
                "Hướng dẫn các địa phương, đơn vị triển khai thực hiện mô hình Buổi sáng với nhân dân theo chỉ đạo của Ban Thường vụ Tỉnh ủy",
                "Guide localities and units in running the \"Morning with the People\" model as the Provincial Party Standing Board directs",
                MassMobilizationCommission,
                Milestone("M1", "Ban hành văn bản hướng dẫn", "Issue the guidance", new LocalDate(2024, 8, 15)),
                Milestone("M2", "Sơ kết việc thực hiện", "Review how it is being carried out", new LocalDate(2024, 11, 30))),
            Item(
                "5",
                "Tham mưu giải quyết dứt điểm các vụ việc tạo lập cơ sở tôn giáo trái luật",
                "Advise on settling, once and for all, the cases of religious establishments created unlawfully",
                MassMobilizationCommission,
                Milestone("M1", "Rà soát, lập danh sách các vụ việc", "Review and list the cases", new LocalDate(2024, 9, 15)),
                Milestone("M2", "Đề xuất phương án giải quyết", "Propose how to settle them", new LocalDate(2024, 12, 15))),
            Item(
                "6",
                "Phối hợp lãnh đạo, chỉ đạo triển khai Luật Thực hiện dân chủ ở cơ sở",
                "Jointly lead and direct the implementation of the Law on Grassroots Democracy",
                PeoplesCommitteePartyDelegation,
                Milestone("M1", "Ban hành kế hoạch triển khai Luật", "Issue the plan to implement the Law", new LocalDate(2024, 7, 31)),
                Milestone("M2", "Báo cáo kết quả năm 2024", "Report the 2024 results", new LocalDate(2024, 12, 15))),
        ]);

    /// <summary>Every built-in template, by name.</summary>
    public static IReadOnlyList<CoordinationPlanTemplate> All { get; } = [DongNaiGovernmentMassMobilization2024];

    /// <summary>Finds a built-in template.</summary>
    /// <param name="id">Its name, such as <see cref="DongNai2024Id"/>.</param>
    /// <param name="template">The template, when known.</param>
    /// <returns>Whether it is known.</returns>
    public static bool TryGet(string id, out CoordinationPlanTemplate template)
    {
        template = All.FirstOrDefault(t => t.Id == id)!;
        return template is not null;
    }

    private static PlanItem Item(string id, string vi, string en, PlanBody lead, params PlanMilestone[] milestones)
    {
        var other = lead == MassMobilizationCommission ? PeoplesCommitteePartyDelegation : MassMobilizationCommission;
        return new PlanItem(id, new LocalizedText(vi, en), lead.Code, [other], milestones, []);
    }

    private static PlanMilestone Milestone(string id, string vi, string en, LocalDate due) => new(id, new LocalizedText(vi, en), due);
}
