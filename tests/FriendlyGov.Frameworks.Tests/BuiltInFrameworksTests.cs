using FriendlyGov.Domain.Conduct;
using FriendlyGov.Domain.Criteria;
using FriendlyGov.Domain.Criteria.Caps;
using FriendlyGov.Domain.Criteria.Methods;
using FriendlyGov.Domain.Periods;
using FriendlyGov.Domain.Units;

namespace FriendlyGov.Frameworks.Tests;

/// <summary>
/// <see cref="BuiltInFrameworks"/>: the two Đồng Nai Friendly Government frameworks, the waste-sorting
/// model and the monthly Decision 766 service index that ship in the package.
/// </summary>
public sealed class BuiltInFrameworksTests
{
    [Fact]
    public void Lists_the_built_in_frameworks_sorted()
    {
        BuiltInFrameworks.Ids.Select(i => i.ToString()).Should().Equal(
            "dongnai-dan-van-kheo-waste@2024.1",
            "dongnai-friendly-government@2024.1",
            "dongnai-friendly-government@2025.1",
            "vn-service-index@2022.1");
        BuiltInFrameworks.All.Select(f => f.Id.ToString()).Should().Equal(BuiltInFrameworks.Ids.Select(i => i.ToString()));
    }

    [Fact]
    public void A_built_in_framework_is_read_once_and_shared()
    {
        BuiltInFrameworks.Get(FrameworkId.Parse("dongnai-friendly-government@2024.1")).Should().BeSameAs(BuiltInFrameworks.DongNai2024);
    }

    [Fact]
    public void An_unknown_framework_is_not_built_in()
    {
        var id = FrameworkId.Parse("dongnai-friendly-government@2023.1");

        BuiltInFrameworks.TryGet(id, out _).Should().BeFalse();
        var get = () => BuiltInFrameworks.Get(id);
        get.Should().Throw<KeyNotFoundException>().WithMessage("*dongnai-friendly-government@2023.1*");
    }

    [Fact]
    public void The_2024_framework_has_five_groups_worth_100_and_5_bonus_points()
    {
        var framework = BuiltInFrameworks.DongNai2024;

        framework.Jurisdiction.Should().Be("Đồng Nai");
        framework.AppliesTo.Should().Equal(UnitKind.Commune, UnitKind.Ward, UnitKind.Township);
        framework.Period.Should().Be(PeriodKind.Year);
        framework.Decimals.Should().Be(2);
        framework.Groups.Select(g => g.Id).Should().Equal("G1", "G2", "G3", "G4", "G5");
        // G1 5+5+5+5, G2 8+2+3+2, G3 8+2+5+5+5, G4 5+5+2+3, G5 8+5+4+5+3.
        framework.Groups.Select(g => g.MaxPoints).Should().Equal(20m, 15m, 25m, 15m, 25m);
        framework.MaxPoints.Should().Be(100m);
        framework.Bonus.Select(b => b.Id).Should().Equal("B1");
        framework.BonusMaxPoints.Should().Be(5m);
    }

    [Fact]
    public void The_2024_framework_rates_excellent_good_satisfactory_unsatisfactory()
    {
        BuiltInFrameworks.DongNai2024.Ratings.Select(r => (r.Code, r.MinPoints)).Should().Equal(
            ("excellent", 90m), ("good", 75m), ("satisfactory", 50m), ("unsatisfactory", 0m));
    }

    [Fact]
    public void The_2024_framework_caps_at_good_when_a_group_is_below_half()
    {
        var caps = BuiltInFrameworks.DongNai2024.Caps;

        caps.Select(c => c.Id).Should().Equal("C1", "C2", "C3");
        caps[0].When.Should().BeOfType<GroupShareBelow>().Which.Share.Should().Be(0.5m);
        caps[0].MaxRating.Should().Be("good");
    }

    [Fact]
    public void The_2024_framework_caps_on_confirmed_conduct_breaches()
    {
        var caps = BuiltInFrameworks.DongNai2024.Caps;

        BuiltInFrameworks.DongNai2024.ConductCode!.Id.Should().Be("vn-friendly-government-2024");
        var c2 = caps[1].When.Should().BeOfType<ConductCondition>().Subject;
        c2.Rules.Should().Equal("5K.3", "5K.5");
        c2.MinConfirmed.Should().Be(1);
        c2.Role.Should().BeNull();
        caps[1].MaxRating.Should().Be("unsatisfactory");
        var c3 = caps[2].When.Should().BeOfType<ConductCondition>().Subject;
        c3.Rules.Should().Equal("5K.*");
        c3.Role.Should().Be(OfficialRole.Head);
        caps[2].MaxRating.Should().Be("satisfactory");
    }

    [Fact]
    public void The_2025_framework_has_four_groups_with_the_par_index_worth_50()
    {
        var framework = BuiltInFrameworks.DongNai2025;

        framework.AppliesTo.Should().Equal(UnitKind.Commune, UnitKind.Ward, UnitKind.SpecialZone);
        framework.Period.Should().Be(PeriodKind.Year);
        // G1 6+5+4, G2 5+3+5 (conduct) +2, G3 10+5+5, G4 the PAR index 50.
        framework.Groups.Select(g => g.MaxPoints).Should().Equal(15m, 15m, 20m, 50m);
        framework.MaxPoints.Should().Be(100m);
        framework.BonusMaxPoints.Should().Be(5m);
        var par = framework.Groups[3].Indicators.Should().ContainSingle().Subject;
        par.MaxPoints.Should().Be(50m);
        par.Method.Should().BeOfType<ImportMethod>().Which.ScaleMax.Should().Be(100m);
    }

    [Fact]
    public void The_2025_framework_rates_by_stars()
    {
        BuiltInFrameworks.DongNai2025.Ratings.Select(r => (r.Code, r.MinPoints)).Should().Equal(
            ("four-stars", 95m), ("three-stars", 90m), ("two-stars", 80m), ("one-star", 0m));
    }

    [Fact]
    public void The_waste_sorting_framework_has_four_groups_worth_100_scored_yearly()
    {
        var framework = BuiltInFrameworks.DanVanKheoWaste2024;

        framework.Jurisdiction.Should().Be("Đồng Nai");
        framework.AppliesTo.Should().Equal(UnitKind.Commune, UnitKind.Ward, UnitKind.Township);
        framework.Period.Should().Be(PeriodKind.Year);
        // G1 10+5, G2 10+10, G3 25+10+10, G4 8+6+6.
        framework.Groups.Select(g => g.MaxPoints).Should().Equal(15m, 20m, 45m, 20m);
        framework.MaxPoints.Should().Be(100m);
        framework.Bonus.Should().BeEmpty();
        framework.Caps.Should().BeEmpty();
        framework.ConductCode.Should().BeNull();
        var sorting = framework.Indicators.Single(i => i.Id == "G3.1.1");
        sorting.Method.Should().BeOfType<RatioMethod>().Which.Should().BeEquivalentTo(new { Floor = 0.3m, Target = 0.8m });
        framework.Description!.En.Should().Contain("illustrative template");
        framework.Ratings.Select(r => (r.Code, r.MinPoints)).Should().Equal(
            ("excellent", 90m), ("good", 75m), ("satisfactory", 50m), ("unsatisfactory", 0m));
    }

    [Fact]
    public void The_service_index_has_the_five_groups_of_decision_766_scored_monthly()
    {
        var framework = BuiltInFrameworks.ServiceIndex2022;

        framework.Period.Should().Be(PeriodKind.Month);
        framework.AppliesTo.Should().Equal(UnitKind.Commune, UnitKind.Ward, UnitKind.Township, UnitKind.SpecialZone);
        // Transparency 18, progress and results 20, digitization 22, online services 22, satisfaction 18.
        framework.Groups.Select(g => (g.Id, g.MaxPoints)).Should().Equal(
            ("S1", 18m), ("S2", 20m), ("S3", 22m), ("S4", 22m), ("S5", 18m));
        framework.MaxPoints.Should().Be(100m);
        framework.BonusMaxPoints.Should().Be(0m);
        framework.Description!.Vi.Should().Contain("766/QĐ-TTg");
        framework.Ratings.Select(r => (r.Code, r.MinPoints)).Should().Equal(
            ("good", 80m), ("fair", 50m), ("average", 30m), ("weak", 0m));
    }

    [Fact]
    public void The_service_index_gives_4_points_to_publishing_on_time_and_6_to_satisfaction_at_90_percent()
    {
        // The two sub-indicators whose weights the Decision's summary states: 4 of 18 and 6 of 18.
        var indicators = BuiltInFrameworks.ServiceIndex2022.Indicators.ToDictionary(i => i.Id);

        indicators["S1.1.1"].MaxPoints.Should().Be(4m);
        indicators["S5.1.1"].MaxPoints.Should().Be(6m);
        indicators["S5.1.1"].Method.Should().BeOfType<RatioMethod>().Which.Target.Should().Be(0.9m);
    }
}
