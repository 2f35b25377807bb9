using FriendlyGov.Domain;
using FriendlyGov.Domain.Periods;
using FriendlyGov.Domain.Units;
using FriendlyGov.Frameworks;

namespace FriendlyGov.Workbooks.Tests;

/// <summary>
/// Rows of a unit sheet of dongnai-friendly-government@2024.1, counted by hand from the framework:
/// indicators start on row 6; G1.1.1 is a checklist of 3 items (rows 7–9), so G1.1.2 (check) is on
/// row 10, G1.2.1 (ratio) 11, G1.2.2 (import) 12; G2.1.1 has 4 items (14–17); then G2.1.2 18 …
/// G3.3.1 (deduction) 25, G4.1.2 (bands) 27, G4.2.1 (points) 28, G5.1.1 (scale) 30, G5.1.2 (scale) 31.
/// Columns: E–G self-assessment (value, second figure, note), H–J appraisal.
/// </summary>
public sealed class EvidenceWorkbookCellErrorTests
{
    private static readonly AssessedUnit TanPhong = new("25996", "Phường Tân Phong", UnitKind.Ward, "Đồng Nai");
    private static readonly AssessedUnit BinhLoc = new("26089", "Xã Bình Lộc", UnitKind.Commune, "Đồng Nai");

    [Fact]
    public void Every_bad_cell_is_named_by_sheet_and_cell_all_at_once_and_nothing_is_read()
    {
        var xlsx = Fill(book =>
        {
            book.Set("25996", "E11", 1.3m);                  // ratio value above 1
            book.Set("25996", "E10", "maybe");               // check: not yes or no
            book.Set("25996", "E12", "abc");                 // import: not a number
            book.Set("25996", "E25", 2.5m);                  // deduction: not a whole count
            book.Set("25996", "E28", 1m);                    // points without the required note
            book.Set("25996", "E30", "5, x");                // scale responses: x is not a number
            book.Set("25996", "E31", 6m);                    // scale average above the high end, 5
            book.Set("25996", "F31", 10m);
            book.Set("26089", "H11", 0.5m);                  // appraised ratio with a denominator of 0
            book.Set("26089", "I11", 0m);
            book.Set("26089", "G10", "có\nkhông");          // a line break (Alt+Enter) in a note
            book.SetFormula("26089", "E27", "10*2", 20m);    // a formula, with Excel's cached result
            SetObservation(book, 3, "25996", "5K.3", "CB-1", "boss", "confirmed", "2024-05-02");
            SetObservation(book, 4, "26089", "4X.1", "CB-2", "head", "confirmed", "2023-05-02");
        });

        var act = () => EvidenceWorkbook.Read(new MemoryStream(xlsx), "book.xlsx", new FrameworkLoader());

        act.Should().Throw<InvalidInputException>().Which.Lines.Should().BeEquivalentTo(
            "book.xlsx: 25996!E11: 1.3 is outside [0, 1]",
            "book.xlsx: 25996!E10: 'maybe' is not yes or no: choose có (yes) or không (no)",
            "book.xlsx: 25996!E12: 'abc' is not a number",
            "book.xlsx: 25996!E25: 2.5 is not a whole number ≥ 0",
            "book.xlsx: 25996!G28: a note is required by method 'points': say why these points were awarded",
            "book.xlsx: 25996!E30: 'x' in '5, x' is not a whole number: write the responses as whole numbers separated by commas, such as 5, 4, 4",
            "book.xlsx: 25996!E31: 6 is outside [1, 5]",
            "book.xlsx: 26089!I11: 0 is not > 0",
            "book.xlsx: 26089!E10: 'met' is required by method 'check'", // a note was given with no answer
            "book.xlsx: 26089!G10: 'có\\u000Akhông' holds the character U+000A; texts are printable characters only (a line break typed with Alt+Enter is one)",
            "book.xlsx: 26089!E27: holds a formula ('=10*2'): FriendlyGov never evaluates formulas nor trusts their last result; type the value itself",
            "book.xlsx: conduct!D3: 'boss' is not one of head, deputy, staff",
            "book.xlsx: conduct!F4: 2023-05-02 is outside the period 2024 (2024-01-01 to 2024-12-31)");
    }

    [Fact]
    public void A_workbook_made_for_another_framework_is_refused_naming_both()
    {
        var loader = new FrameworkLoader();
        var xlsx = EvidenceWorkbookRoundTripTests.Write(loader.Resolve("dongnai-friendly-government@2024.1"), AssessmentPeriod.OfYear(2024), [TanPhong]);

        var act = () => EvidenceWorkbook.Read(new MemoryStream(xlsx), "book.xlsx", loader, loader.Resolve("dongnai-friendly-government@2025.1"));

        act.Should().Throw<InvalidInputException>().Which.Lines.Should().Equal(
            "book.xlsx: friendlygov!B2: the workbook was made for dongnai-friendly-government@2024.1, not for dongnai-friendly-government@2025.1: make a workbook for dongnai-friendly-government@2025.1 with 'friendlygov workbook new'");
    }

    [Fact]
    public void A_workbook_whose_framework_content_changed_is_refused_naming_both_hashes()
    {
        var loader = new FrameworkLoader();
        var framework = loader.Resolve("dongnai-friendly-government@2024.1");
        var xlsx = EvidenceWorkbookRoundTripTests.Write(framework, AssessmentPeriod.OfYear(2024), [TanPhong]);
        using var book = new RawWorkbook(xlsx);
        book.Set("friendlygov", "B3", new string('0', 64));

        var act = () => EvidenceWorkbook.Read(new MemoryStream(book.Save()), "book.xlsx", loader);

        act.Should().Throw<InvalidInputException>().Which.Lines.Should().Equal(
            $"book.xlsx: friendlygov!B2: the workbook was made for dongnai-friendly-government@2024.1 with content sha256 000000000000…, but dongnai-friendly-government@2024.1 here has content sha256 {EvidenceWorkbook.ContentHash(framework)[..12]}…: the framework changed since; make the workbook anew");
    }

    [Fact]
    public void A_workbook_naming_a_framework_that_is_not_built_in_is_refused_even_when_a_file_has_that_name()
    {
        // An uploaded workbook chooses the text of friendlygov!B2. Before this was fixed, a name that
        // was not built in was looked up as a file relative to the working directory, so a workbook
        // could make the reader load any framework file it could name.
        var loader = new FrameworkLoader();
        var name = $"wbtest-{Guid.NewGuid():N}";
        var file = Path.Combine(Environment.CurrentDirectory, $"{name}@2024.1");
        var json = System.Text.Encoding.UTF8.GetString(FrameworkWriter.Write(loader.Resolve("dongnai-friendly-government@2024.1")));
        File.WriteAllText(file, new System.Text.RegularExpressions.Regex("dongnai-friendly-government").Replace(json, name, 1));
        try
        {
            var local = loader.Resolve(file);
            var xlsx = EvidenceWorkbookRoundTripTests.Write(local, AssessmentPeriod.OfYear(2024), [TanPhong]);

            var act = () => EvidenceWorkbook.Read(new MemoryStream(xlsx), "book.xlsx", loader);

            act.Should().Throw<InvalidInputException>().Which.Lines.Should().Equal(
                $"book.xlsx: friendlygov!B2: the workbook was made for {name}@2024.1, which is not a built-in framework: give its framework file (--framework FILE)");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void A_framework_with_a_method_an_app_added_gets_no_workbook_naming_the_indicator_and_the_method()
    {
        // ThresholdMethod is an app's own method, defined in one file (Frameworks.Tests): it reads and
        // writes as JSON, but the workbook has no cells for it, so none is made rather than a wrong one.
        var catalog = Frameworks.Methods.MethodCatalog.BuiltIn.With(new Frameworks.Tests.Methods.ThresholdMethod.Definition());
        var json = """
            {
              "format": "friendlygov.framework/1", "id": "threshold-test", "version": "1",
              "title": { "vi": "Thử ngưỡng", "en": "Threshold test" }, "jurisdiction": "Test", "appliesTo": ["phuong"],
              "period": "year", "decimals": 2,
              "ratings": [ { "code": "pass", "title": { "vi": "Đạt", "en": "Pass" }, "minPoints": 0 } ],
              "groups": [ { "id": "G1", "title": { "vi": "Nhóm 1", "en": "Group 1" }, "criteria": [ { "id": "G1.1",
                "title": { "vi": "Tiêu chí", "en": "Criterion" }, "indicators": [
                  { "id": "G1.1.1", "title": { "vi": "Có", "en": "Yes" }, "maxPoints": 5, "method": { "kind": "check" } },
                  { "id": "G1.1.2", "title": { "vi": "Ngưỡng", "en": "Threshold" }, "maxPoints": 5, "method": { "kind": "threshold", "at": 0.8 } } ] } ] } ]
            }
            """;
        var framework = FrameworkReader.Read(System.Text.Encoding.UTF8.GetBytes(json), "threshold.json", methods: catalog);

        var act = () => EvidenceWorkbook.Write(new MemoryStream(), framework, AssessmentPeriod.OfYear(2024), [TanPhong]);

        act.Should().Throw<InvalidInputException>().Which.Problems.Select(p => p.ToString()).Should().Equal(
            "framework: indicator G1.1.2 is scored by method 'threshold', which has no workbook cells (only the built-in methods have): record its evidence as a JSON evidence file");
    }

    [Fact]
    public void A_blank_workbook_reads_as_units_with_no_evidence()
    {
        var xlsx = Fill(_ => { });

        var read = EvidenceWorkbook.Read(new MemoryStream(xlsx), "book.xlsx", new FrameworkLoader());

        read.Select(r => (r.Evidence.Unit.Code, r.Evidence.SelfAssessed.Count, r.Evidence.Appraised.Count, r.Evidence.Conduct.Count))
            .Should().Equal(("25996", 0, 0, 0), ("26089", 0, 0, 0));
    }

    [Fact]
    public void Writing_refuses_units_the_framework_does_not_assess_and_a_period_of_the_wrong_kind()
    {
        var framework = new FrameworkLoader().Resolve("dongnai-friendly-government@2024.1");
        var zone = new AssessedUnit("26000", "Đặc khu", UnitKind.SpecialZone);

        var act = () => EvidenceWorkbook.Write(new MemoryStream(), framework, AssessmentPeriod.Parse("2024-Q1"), [TanPhong, TanPhong, zone]);

        act.Should().Throw<InvalidInputException>().Which.Problems.Select(p => p.ToString()).Should().Equal(
            "period: '2024-Q1' is not a year period: dongnai-friendly-government@2024.1 scores years, written like '2024'",
            "units: unit 25996 is listed 2 times: list each unit once",
            "units: unit 26000 is a 'dac-khu', which dongnai-friendly-government@2024.1 does not assess: it applies to xa, phuong, thi-tran");
    }

    private static byte[] Fill(Action<RawWorkbook> fill)
    {
        var framework = new FrameworkLoader().Resolve("dongnai-friendly-government@2024.1");
        using var book = new RawWorkbook(EvidenceWorkbookRoundTripTests.Write(framework, AssessmentPeriod.OfYear(2024), [TanPhong, BinhLoc]));
        fill(book);
        return book.Save();
    }

    private static void SetObservation(RawWorkbook book, int row, params string[] values)
    {
        for (var c = 0; c < values.Length; c++) book.Set("conduct", $"{(char)('A' + c)}{row}", values[c]);
    }
}
