using System.Text;
using FriendlyGov.Domain.Plans;
using static FriendlyGov.Domain.Tests.Plans.PlanFixtures;

namespace FriendlyGov.Domain.Tests.Plans;

public sealed class BuiltInPlanTemplatesTests
{
    private static readonly CoordinationPlanTemplate Template = BuiltInPlanTemplates.DongNaiGovernmentMassMobilization2024;

    [Fact]
    public void Holds_the_seeds_six_items_word_for_word_in_order()
    {
        // The clauses of the seed's sentence "Nội dung trọng tâm … gồm: …", first letter capitalized.
        Template.Items.Select(i => i.Title.Vi).Should().Equal(
            "Triển khai mô hình Chính quyền thân thiện xã, phường, thị trấn trên địa bàn tỉnh Đồng Nai trong tình hình hiện nay",
            "Triển khai thực hiện mô hình dân vận khéo Phân loại chất thải rắn có khả năng tái sử dụng, tái chế tại nguồn",
            "Tham mưu Ban Thường vụ Tỉnh ủy ban hành chỉ thị về Tăng cường sự lãnh đạo của Đảng về công tác dân vận trong tham gia công tác bồi thường, hỗ trợ và tái định cư khi Nhà nước thu hồi đất trên địa bàn tỉnh",
            "Hướng dẫn các địa phương, đơn vị triển khai thực hiện mô hình Buổi sáng với nhân dân theo chỉ đạo của Ban Thường vụ Tỉnh ủy",
            "Tham mưu giải quyết dứt điểm các vụ việc tạo lập cơ sở tôn giáo trái luật",
            "Phối hợp lãnh đạo, chỉ đạo triển khai Luật Thực hiện dân chủ ở cơ sở");
        Template.Items.Select(i => i.Id).Should().Equal("1", "2", "3", "4", "5", "6");
        Template.Items.Should().OnlyContain(i => i.Title.Vi.IsNormalized(NormalizationForm.FormC) && i.Title.En.Length > 0);
    }

    [Fact]
    public void Is_signed_by_the_Commission_and_the_Delegation_each_coordinating_what_the_other_leads()
    {
        Template.Parties.Select(p => p.Name.Vi).Should().Equal("Ban Dân vận Tỉnh ủy", "Ban cán sự đảng UBND tỉnh");
        Template.Period.ToString().Should().Be("2024");
        Template.Items.Select(i => i.Lead).Should().Equal("BCSD-UBND", "BCSD-UBND", "BDV-TU", "BDV-TU", "BDV-TU", "BCSD-UBND");
        Template.Items.Should().OnlyContain(i => i.Coordinating.Count == 1 && i.Coordinating[0].Code != i.Lead);
    }

    [Fact]
    public void Makes_a_plan_with_every_milestone_open_and_within_2024()
    {
        var plan = CoordinationPlan.FromTemplate("Đồng Nai", Template, "admin", At(2024, 6, 21));

        plan.Title.Vi.Should().Be("Kế hoạch phối hợp công tác dân vận chính quyền năm 2024");
        plan.Items.Should().HaveCount(6);
        plan.Items.Sum(i => i.Milestones.Count).Should().Be(11, "2 + 2 + 1 + 2 + 2 + 2");
        plan.Items.SelectMany(i => i.Milestones).Should().OnlyContain(m => m.CompletedOn == null && m.Due.Year == 2024);
        plan.Items.SelectMany(i => i.Updates).Should().BeEmpty();
        plan.DomainEvents.Should().HaveCount(1 + 6 + 11, "the plan, each item, each milestone");
    }

    [Fact]
    public void Is_found_by_its_name_only()
    {
        BuiltInPlanTemplates.TryGet("dongnai-dan-van-chinh-quyen-2024", out var found).Should().BeTrue();
        found.Should().BeSameAs(Template);
        BuiltInPlanTemplates.TryGet("dongnai-2025", out _).Should().BeFalse();
    }
}
