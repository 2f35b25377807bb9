using FriendlyGov.Application.Units.Register;
using FriendlyGov.Domain.Units;

namespace FriendlyGov.Application.Tests.Units;

/// <summary>
/// <see cref="CatalogueRegistrations.LineageIntoProvince"/> over the shipped lineage. Counts from
/// vn-unit-lineage-2025.csv: 272 rows into Đồng Nai (awk -F, '$6=="Đồng Nai"'), 161 from Đồng Nai's
/// units of 2024 and 111 from Bình Phước's; Phường Bình Phước (25195 from 2025-07-01) was formed from
/// 6 units of Bình Phước: 25195, 25198, 25201, 25204, 25205 and 25213.
/// </summary>
public sealed class CatalogueRegistrationsTests
{
    [Fact]
    public void The_provinces_whose_units_became_Dong_Nais_are_Binh_Phuoc_and_Dong_Nai()
    {
        CatalogueRegistrations.PredecessorProvinces("Đồng Nai").Should().Equal("Bình Phước", "Đồng Nai");
    }

    [Fact]
    public void By_default_the_lineage_into_Dong_Nai_takes_its_predecessors_from_Binh_Phuoc_too()
    {
        var request = CatalogueRegistrations.LineageIntoProvince(Guid.NewGuid(), "Đồng Nai");

        request.Links.Should().HaveCount(272);
        request.Links.Where(l => l.SuccessorCode == "25195").Select(l => l.PredecessorCode).Should().Equal("25195", "25198", "25201", "25204", "25205", "25213");
        request.Links.Where(l => l.SuccessorCode == "25195").Should().OnlyContain(l => l.Kind == UnitChangeKind.Merged);
    }

    [Fact]
    public void Only_from_links_the_predecessors_in_the_provinces_it_names()
    {
        var request = CatalogueRegistrations.LineageIntoProvince(Guid.NewGuid(), "Đồng Nai", onlyFrom: ["Đồng Nai"]);

        request.Links.Should().HaveCount(161);
        request.Links.Should().NotContain(l => l.SuccessorCode == "25195", "Phường Bình Phước was formed from Bình Phước's units only");
    }

    [Fact]
    public void Only_from_a_province_the_lineage_does_not_link_into_the_province_is_refused()
    {
        var act = () => CatalogueRegistrations.LineageIntoProvince(Guid.NewGuid(), "Đồng Nai", onlyFrom: ["Đồng Nai", "Bình Dương"]);

        act.Should().Throw<ArgumentException>().WithMessage("onlyFrom names 'Bình Dương', but the lineage links into Đồng Nai units of Bình Phước and Đồng Nai only.*");
    }
}
