using FriendlyGov.Domain.Units;
using FriendlyGov.Frameworks.Units;
using NodaTime;

namespace FriendlyGov.Frameworks.Tests.Units;

/// <summary>
/// The built-in catalogues. Every figure was counted by hand in the data files beside the code
/// (src/FriendlyGov.Frameworks/BuiltIn/Units/), with grep and awk, as the comments say; the
/// totals also match the data's NOTICE.md.
/// </summary>
public sealed class UnitCatalogueTests
{
    private static readonly LocalDate SeedDate = new(2024, 6, 21);
    private static readonly LocalDate Reform = new(2025, 7, 1);
    private static readonly UnitCatalogue Catalogue = UnitCatalogue.BuiltIn;

    [Fact]
    public void The_2024_catalogue_lists_10597_units_by_kind_on_the_seeds_date()
    {
        // wc -l vn-units-2024.csv = 10,598 with the header; NOTICE.md: xa 8,198, phuong 1,780, thi-tran 619.
        var units = Catalogue.UnitsOn(SeedDate);
        units.Should().HaveCount(10_597);
        units.Count(u => u.Kind == UnitKind.Commune).Should().Be(8_198);
        units.Count(u => u.Kind == UnitKind.Ward).Should().Be(1_780);
        units.Count(u => u.Kind == UnitKind.Township).Should().Be(619);
        Catalogue.ProvincesOn(SeedDate).Should().HaveCount(63);
    }

    [Fact]
    public void The_2025_catalogue_lists_3321_units_by_kind_from_the_reform()
    {
        // wc -l vn-units-2025.csv = 3,322 with the header; NOTICE.md: xa 2,621, phuong 687, dac-khu 13.
        var units = Catalogue.UnitsOn(Reform);
        units.Should().HaveCount(3_321);
        units.Count(u => u.Kind == UnitKind.Commune).Should().Be(2_621);
        units.Count(u => u.Kind == UnitKind.Ward).Should().Be(687);
        units.Count(u => u.Kind == UnitKind.SpecialZone).Should().Be(13);
        Catalogue.ProvincesOn(Reform).Should().HaveCount(34);
    }

    [Fact]
    public void Dong_Nai_has_170_units_in_2024_and_95_from_the_reform()
    {
        // grep -c ',75,Đồng Nai$': 170 in vn-units-2024.csv (xa 121, phuong 40, thi-tran 9) and 95 in vn-units-2025.csv (xa 72, phuong 23).
        var before = Catalogue.InProvince("Đồng Nai", SeedDate);
        before.Should().HaveCount(170);
        before.Count(u => u.Kind == UnitKind.Commune).Should().Be(121);
        before.Count(u => u.Kind == UnitKind.Ward).Should().Be(40);
        before.Count(u => u.Kind == UnitKind.Township).Should().Be(9);
        var after = Catalogue.InProvince("Đồng Nai", Reform);
        after.Should().HaveCount(95);
        after.Count(u => u.Kind == UnitKind.Commune).Should().Be(72);
        after.Count(u => u.Kind == UnitKind.Ward).Should().Be(23);
        Catalogue.InProvince("75", Reform).Should().BeEquivalentTo(after, o => o.WithStrictOrdering());
    }

    [Theory]
    [InlineData("2024-06-21", "Phường Quyết Thắng", "Thành phố Biên Hòa")]
    [InlineData("2025-06-30", "Phường Quyết Thắng", "Thành phố Biên Hòa")]
    [InlineData("2025-07-01", "Phường Trấn Biên", null)]
    [InlineData("2026-12-06", "Phường Trấn Biên", null)]
    public void A_reused_code_names_the_unit_of_the_date(string date, string name, string? district)
    {
        // grep '^26041,' in both files: Phường Quyết Thắng (Thành phố Biên Hòa) in 2024, Phường Trấn Biên in 2025.
        var unit = Catalogue.Find("26041", NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value)!;
        unit.Name.Should().Be(name);
        unit.District.Should().Be(district);
        unit.Province.Should().Be("Đồng Nai");
        unit.Kind.Should().Be(UnitKind.Ward);
    }

    [Fact]
    public void A_unit_of_2024_reads_as_existing_until_the_day_before_the_reform()
    {
        var unit = Catalogue.Find("26041", SeedDate)!;
        unit.ExistedFrom.Should().Be(new LocalDate(2024, 2, 1));
        unit.ExistedUntil.Should().Be(new LocalDate(2025, 6, 30));
        unit.ToAdministrativeUnit().ExistedThroughout(new LocalDate(2024, 1, 1), SeedDate).Should().BeFalse();
        unit.ToAssessedUnit().Should().Be(new AssessedUnit("26041", "Phường Quyết Thắng", UnitKind.Ward, "Đồng Nai"));
    }

    [Fact]
    public void Dates_before_1_February_2024_are_refused()
    {
        UnitCatalogue.Covers(new LocalDate(2024, 1, 31)).Should().BeFalse();
        UnitCatalogue.Covers(new LocalDate(2024, 2, 1)).Should().BeTrue();
        var act = () => Catalogue.Find("26041", new LocalDate(2024, 1, 31));
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*begin on 2024-02-01*");
    }

    [Fact]
    public void An_unknown_code_finds_nothing() => Catalogue.Find("99999", Reform).Should().BeNull();

    [Fact]
    public void A_merged_unit_lists_the_units_it_was_formed_from()
    {
        // grep ',26041,Phường Trấn Biên,' vn-unit-lineage-2025.csv: seven rows, from 26011 Bửu Long,
        // 26023 Quang Vinh, 26029 Thống Nhất, 26032 Trung Dũng, 26044 Thanh Bình, 26050 An Bình and
        // 26065 Hiệp Hòa, each with one successor: merged.
        var lineage = Catalogue.LineageOf(Catalogue.Find("26041", Reform)!);
        lineage.Predecessors.Select(p => p.Unit.Code).Should().Equal("26011", "26023", "26029", "26032", "26044", "26050", "26065");
        lineage.Predecessors.Select(p => p.Unit.Name).Should().Contain(["Phường Bửu Long", "Phường Hiệp Hòa"]);
        lineage.Predecessors.Should().OnlyContain(p => p.Kind == LineageKind.Merged && p.On == Reform && p.Basis == "province+district+name");
        lineage.Successors.Should().BeEmpty();
        lineage.MissingHop.Should().BeFalse();
    }

    [Fact]
    public void A_split_unit_lists_each_unit_it_became()
    {
        // grep '^26122,' vn-unit-lineage-2025.csv: Xã Nam Cát Tiên became 26122 Xã Nam Cát Tiên and 26134 Xã Tà Lài.
        var successors = Catalogue.SuccessorsOf(Catalogue.Find("26122", SeedDate)!);
        successors.Select(s => (s.Unit.Code, s.Unit.Name, s.Kind)).Should().Equal(
            ("26122", "Xã Nam Cát Tiên", LineageKind.Split),
            ("26134", "Xã Tà Lài", LineageKind.Split));

        // grep ',26134,Xã Tà Lài,': 26122 (split) and 26131, 26134, 26140 (each whole: merged). 26134 was Xã Phú Lập in 2024.
        Catalogue.PredecessorsOf(Catalogue.Find("26134", Reform)!).Select(p => (p.Unit.Code, p.Unit.Name, p.Kind)).Should().Equal(
            ("26122", "Xã Nam Cát Tiên", LineageKind.Split),
            ("26131", "Xã Tà Lài", LineageKind.Merged),
            ("26134", "Xã Phú Lập", LineageKind.Merged),
            ("26140", "Xã Phú Thịnh", LineageKind.Merged));
    }

    [Fact]
    public void A_unit_that_alone_became_one_with_another_name_was_renamed()
    {
        // grep: 10768 Xã Tuấn Việt (Hải Dương) is the only row from 10768 and the only row to 10756 Xã Lai Khê (Hải Phòng).
        var change = Catalogue.SuccessorsOf(Catalogue.Find("10768", SeedDate)!).Should().ContainSingle().Subject;
        change.Unit.Should().Be(Catalogue.Find("10756", Reform));
        change.Unit.Province.Should().Be("Hải Phòng");
        change.Kind.Should().Be(LineageKind.Renamed);
    }

    [Fact]
    public void A_unit_that_alone_became_one_with_the_same_name_continued()
    {
        // grep: 16828 Xã Huồi Tụ (Nghệ An) has one row, to 16828 Xã Huồi Tụ, which has no other predecessor.
        var change = Catalogue.SuccessorsOf(Catalogue.Find("16828", SeedDate)!).Should().ContainSingle().Subject;
        change.Unit.Name.Should().Be("Xã Huồi Tụ");
        change.Kind.Should().Be(LineageKind.Continued);
    }

    [Fact]
    public void A_unit_of_2024_without_a_lineage_row_is_a_missing_hop()
    {
        // NOTICE.md: 26041 is one of the ten Đồng Nai units of 2024 without a row (grep '^26041,' vn-unit-lineage-2025.csv finds none).
        var lineage = Catalogue.LineageOf(Catalogue.Find("26041", SeedDate)!);
        lineage.Successors.Should().BeEmpty();
        lineage.Predecessors.Should().BeEmpty();
        lineage.MissingHop.Should().BeTrue();

        // 00226 Phường Văn Miếu - Quốc Tử Giám (Hà Nội) is a unit of 2025 that no row reaches.
        Catalogue.LineageOf(Catalogue.Find("00226", Reform)!).MissingHop.Should().BeTrue();
    }

    [Fact]
    public void An_apps_own_link_fills_a_missing_hop_and_leaves_the_built_in_catalogue_alone()
    {
        // Illustrative link: 26041 Quyết Thắng (2024) into 26041 Trấn Biên, which already has seven predecessors: eight, merged.
        var link = new LineageLink(Catalogue.Find("26041", SeedDate)!, Catalogue.Find("26041", Reform)!, "illustrative");
        var extended = Catalogue.WithLineage([link, link]);

        var successor = extended.SuccessorsOf(Catalogue.Find("26041", SeedDate)!).Should().ContainSingle().Subject;
        successor.Unit.Name.Should().Be("Phường Trấn Biên");
        successor.Kind.Should().Be(LineageKind.Merged);
        successor.Basis.Should().Be("illustrative");
        extended.PredecessorsOf(Catalogue.Find("26041", Reform)!).Should().HaveCount(8);
        extended.Links.Should().HaveCount(9_751);
        Catalogue.SuccessorsOf(Catalogue.Find("26041", SeedDate)!).Should().BeEmpty();
    }

    [Fact]
    public void A_link_must_join_a_unit_of_2024_to_a_unit_of_2025()
    {
        var act = () => new LineageLink(Catalogue.Find("26041", Reform)!, Catalogue.Find("26041", Reform)!, string.Empty);
        act.Should().Throw<ArgumentException>().WithMessage("*not a unit of the 1 February 2024 catalogue*");
    }

    [Fact]
    public void The_shipped_lineage_is_read_whole()
    {
        // NOTICE.md: 9,750 rows; 9,429 units of 2024 have a successor, 289 of them several; 3,212 units of 2025 have a predecessor.
        var links = Catalogue.Links;
        links.Should().HaveCount(9_750);
        links.Select(l => l.From.Code).Distinct().Should().HaveCount(9_429);
        links.GroupBy(l => l.From.Code).Count(g => g.Count() > 1).Should().Be(289);
        links.Select(l => l.To.Code).Distinct().Should().HaveCount(3_212);
    }

    [Fact]
    public void Every_unit_of_Dong_Nai_in_2025_has_predecessors()
    {
        // NOTICE.md: "For Đồng Nai: all 95 units of 2025 are reached".
        Catalogue.InProvince("Đồng Nai", Reform).Should().OnlyContain(u => Catalogue.PredecessorsOf(u).Count > 0);
    }

    [Theory]
    [InlineData("Phường Hiệp Hoà")]
    [InlineData("phường hiệp hòa")]
    [InlineData("PHƯỜNG HIỆP HOÀ")]
    [InlineData("  Phường   Hiệp Hòa ")]
    public void A_unit_is_found_by_its_name_as_people_write_it_and_shown_in_its_official_form(string name)
    {
        // grep -c 'Phường Hiệp Hòa' vn-units-2024.csv = 1: 26065, Biên Hòa.
        var unit = Catalogue.FindByName(name, SeedDate).Should().ContainSingle().Subject;
        unit.Code.Should().Be("26065");
        unit.Name.Should().Be("Phường Hiệp Hòa");
        Catalogue.FindByName(name.Normalize(System.Text.NormalizationForm.FormD), SeedDate).Should().Equal(unit);
    }

    [Theory]
    [InlineData("Khánh Hoà", "Khánh Hòa")]
    [InlineData("khánh hòa", "Khánh Hòa")]
    [InlineData("56", "Khánh Hòa")]
    [InlineData("Dong Nai", null)]
    [InlineData("Bình Phước", null)]
    public void A_province_is_found_by_its_name_or_code_on_a_date(string given, string? official)
    {
        // Bình Phước joined Đồng Nai on 1 July 2025, so it is no province of the 2025 catalogue; diacritics other than tone placement count.
        Catalogue.FindProvince(given, Reform).Should().Be(official);
    }

    [Fact]
    public void Bình_Phước_is_a_province_before_the_reform() =>
        Catalogue.InProvince("Bình Phước", SeedDate).Should().NotBeEmpty().And.OnlyContain(u => u.ProvinceCode == "70");
}
