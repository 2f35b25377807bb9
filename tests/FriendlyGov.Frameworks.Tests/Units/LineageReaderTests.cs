using System.Text;
using FriendlyGov.Domain;
using FriendlyGov.Frameworks.Units;
using NodaTime;

namespace FriendlyGov.Frameworks.Tests.Units;

/// <summary>
/// An app's own lineage, as <c>friendlygov.lineage/1</c> JSON or CSV with the shipped file's
/// columns. The link used is illustrative: 26041 Phường Quyết Thắng (2024) into 26041 Phường Trấn
/// Biên (2025), one of the hops the shipped lineage lacks.
/// </summary>
public sealed class LineageReaderTests
{
    private const string Header = "code_2024,name_2024,province_2024,code_2025,name_2025,province_2025,matched_by";

    private static readonly LocalDate SeedDate = new(2024, 6, 21);

    private static IReadOnlyList<LineageLink> Json(string links) =>
        LineageReader.Read(Encoding.UTF8.GetBytes($$"""{ "format": "friendlygov.lineage/1", "source": "illustrative", "links": [ {{links}} ] }"""), "bien-hoa.json");

    private static IReadOnlyList<LineageLink> Csv(string text) => LineageCsv.Read(new StringReader(text), "bien-hoa.csv");

    private static string JsonLink(string fromCode = "26041", string fromName = "Phường Quyết Thắng", string province = "Đồng Nai", string extra = "") =>
        $$"""{ "from": { "code": "{{fromCode}}", "name": "{{fromName}}", "province": "{{province}}" }, "to": { "code": "26041", "name": "Phường Trấn Biên", "province": "Đồng Nai" }{{extra}} }""";

    [Fact]
    public void A_json_link_names_a_unit_of_2024_and_a_unit_of_2025_with_one_code()
    {
        var link = Json(JsonLink(extra: """, "basis": "illustrative" """)).Should().ContainSingle().Subject;
        link.From.Name.Should().Be("Phường Quyết Thắng");
        link.To.Name.Should().Be("Phường Trấn Biên");
        link.Basis.Should().Be("illustrative");
        UnitCatalogue.BuiltIn.WithLineage([link]).SuccessorsOf(link.From).Should().ContainSingle().Which.Unit.Should().Be(link.To);
    }

    [Fact]
    public void A_name_in_the_other_tone_placement_is_accepted_and_the_official_form_kept()
    {
        // 26065 is Phường Hiệp Hòa in the catalogue; the file writes Hiệp Hoà.
        var link = Json(JsonLink("26065", "Phường Hiệp Hoà")).Should().ContainSingle().Subject;
        link.From.Name.Should().Be("Phường Hiệp Hòa");
    }

    [Fact]
    public void Every_problem_of_a_json_file_is_named_by_its_path()
    {
        var act = () => Json($"{JsonLink("99999")}, {JsonLink(fromName: "Phường Trấn Biên")}, {JsonLink(province: "Bình Phước", extra: ", \"date\": \"2025-03-01\"")}");
        act.Should().Throw<InvalidInputException>().Which.Lines.Should().Equal(
            "bien-hoa.json: $.links[0].from.code: '99999' is not the code of a unit in the 1 February 2024 catalogue",
            "bien-hoa.json: $.links[1].from.name: 'Phường Trấn Biên' is not the name of 26041 in the 1 February 2024 catalogue: it is Phường Quyết Thắng",
            "bien-hoa.json: $.links[2].from.province: 'Bình Phước' is not the province of 26041 Phường Quyết Thắng in the 1 February 2024 catalogue: it is Đồng Nai",
            "bien-hoa.json: $.links[2].date: 'date' is not a property of a link { \"from\": …, \"to\": …, \"basis\": … }; expected basis, from, to");
    }

    [Fact]
    public void A_json_document_of_another_format_is_refused()
    {
        var act = () => LineageReader.Read(Encoding.UTF8.GetBytes("""{ "format": "friendlygov.evidence/1", "links": [] }"""), "x.json");
        act.Should().Throw<InvalidInputException>().Which.Lines.Should().Equal(
            "x.json: $.format: 'friendlygov.evidence/1' is not friendlygov.lineage/1",
            "x.json: $.links: at least 1 entry is required");
    }

    [Fact]
    public void A_csv_file_with_the_shipped_columns_is_read()
    {
        var link = Csv($"{Header}\n26041,Phường Quyết Thắng,Đồng Nai,26041,Phường Trấn Biên,Đồng Nai,resolution (illustrative)\n").Should().ContainSingle().Subject;
        link.From.Should().Be(UnitCatalogue.BuiltIn.Find("26041", SeedDate));
        link.Basis.Should().Be("resolution (illustrative)");
    }

    [Fact]
    public void Every_problem_of_a_csv_file_is_named_by_row_and_column()
    {
        // 26134 was Xã Phú Lập in 2024 and is Xã Tà Lài from 2025: the year of each column decides.
        var act = () => Csv($"{Header}\n26134,Xã Tà Lài,Đồng Nai,26134,Xã Phú Lập,Đồng Nai,\n26041,Phường Quyết Thắng,Đồng Nai,00000,Phường Trấn Biên,Đồng Nai,\n");
        act.Should().Throw<InvalidInputException>().Which.Lines.Should().Equal(
            "bien-hoa.csv: row 2, column name_2024: 'Xã Tà Lài' is not the name of 26134 in the 1 February 2024 catalogue: it is Xã Phú Lập",
            "bien-hoa.csv: row 2, column name_2025: 'Xã Phú Lập' is not the name of 26134 in the 1 July 2025 catalogue: it is Xã Tà Lài",
            "bien-hoa.csv: row 3, column code_2025: '00000' is not the code of a unit in the 1 July 2025 catalogue");
    }

    [Fact]
    public void A_csv_file_without_a_column_is_refused()
    {
        var act = () => Csv("code_2024,name_2024,province_2024,code_2025,name_2025,province_2025\n");
        act.Should().Throw<InvalidInputException>().Which.Lines.Should().Equal(
            $"bien-hoa.csv: row 1: column matched_by is missing: the header must name {Header}");
    }

    [Fact]
    public void Either_form_is_read_from_a_file_by_its_extension()
    {
        using var folder = new TempDirectory();
        var csv = Path.Combine(folder.Path, "bien-hoa.csv");
        File.WriteAllText(csv, $"{Header}\n26041,Phường Quyết Thắng,Đồng Nai,26041,Phường Trấn Biên,Đồng Nai,\n");
        var json = Path.Combine(folder.Path, "bien-hoa.json");
        File.WriteAllText(json, $$"""{ "format": "friendlygov.lineage/1", "links": [ {{JsonLink()}} ] }""");

        LineageReader.ReadAnyFile(csv).Should().Equal(LineageReader.ReadAnyFile(json));
        var missing = () => LineageReader.ReadAnyFile(Path.Combine(folder.Path, "none.json"));
        missing.Should().Throw<InvalidInputException>().Which.Lines.Should().ContainSingle().Which.Should().EndWith("none.json: the file does not exist");
    }
}
