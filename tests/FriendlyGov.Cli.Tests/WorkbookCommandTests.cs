using System.IO.Compression;
using System.Text;

namespace FriendlyGov.Cli.Tests;

public sealed class WorkbookCommandTests
{
    private const string Units = "code,name,kind,province\n25996,Phường Tân Phong,phuong,Đồng Nai\n26089,Xã Bình Lộc,xa,Đồng Nai\n";

    [Fact]
    public void Workbook_new_for_a_province_takes_its_units_from_the_catalogue_on_the_periods_last_day()
    {
        using var folder = new TempDirectory();
        var book2024 = Path.Combine(folder.Path, "2024.xlsx");
        var book2025 = Path.Combine(folder.Path, "2025.xlsx");

        // 2024 ends on 2024-12-31, before the reform: Đồng Nai's 170 units of 1 February 2024
        // (shared/data/README.md: xa 121, phuong 40, thi-tran 9). 2025 ends on 2025-12-31, after
        // it: the 95 units of 1 July 2025 (xa 72, phuong 23). "Khánh Hoà" style tone placement
        // aside, the name is the catalogue's short province name.
        var made2024 = CliRun.Of("workbook", "new", "--framework", "dongnai-friendly-government@2024.1", "--province", "Đồng Nai", "--period", "2024", "--out", book2024, "--layout", "unit-rows");
        var made2025 = CliRun.Of("workbook", "new", "--framework", "dongnai-friendly-government@2025.1", "--province", "75", "--period", "2025", "--out", book2025, "--layout", "unit-rows");

        made2024.ExitCode.Should().Be(0, made2024.Error);
        made2024.OutputLines.Should().Equal($"{book2024}: 170 unit(s), dongnai-friendly-government@2024.1, 2024");
        made2025.ExitCode.Should().Be(0, made2025.Error);
        made2025.OutputLines.Should().Equal($"{book2025}: 95 unit(s), dongnai-friendly-government@2025.1, 2025");
    }

    [Fact]
    public void Workbook_new_refuses_both_or_neither_of_units_and_province_and_an_unknown_province()
    {
        using var folder = new TempDirectory();
        var units = folder.Write("units.csv", Units);
        var book = Path.Combine(folder.Path, "book.xlsx");

        var both = CliRun.Of("workbook", "new", "--framework", "dongnai-friendly-government@2024.1", "--units", units, "--province", "Đồng Nai", "--period", "2024", "--out", book);
        var neither = CliRun.Of("workbook", "new", "--framework", "dongnai-friendly-government@2024.1", "--period", "2024", "--out", book);
        var unknown = CliRun.Of("workbook", "new", "--framework", "dongnai-friendly-government@2024.1", "--province", "Atlantis", "--period", "2024", "--out", book);

        both.ExitCode.Should().Be(2);
        both.ErrorLines.Should().Equal("--units: give exactly one of --units FILE or --province NAME");
        neither.ExitCode.Should().Be(2);
        neither.ErrorLines.Should().Equal("--units: give exactly one of --units FILE or --province NAME");
        unknown.ExitCode.Should().Be(2);
        unknown.ErrorLines.Should().ContainSingle().Which.Should().StartWith("--province: 'Atlantis' is not a province on 2024-12-31");
        File.Exists(book).Should().BeFalse();
    }

    [Fact]
    public void Workbook_new_then_read_gives_one_evidence_file_per_unit()
    {
        using var folder = new TempDirectory();
        var units = folder.Write("units.csv", Units);
        var book = Path.Combine(folder.Path, "book.xlsx");
        var evidence = Path.Combine(folder.Path, "evidence");

        var made = CliRun.Of("workbook", "new", "--framework", "dongnai-friendly-government@2024.1", "--units", units, "--period", "2024", "--out", book, "--layout", "unit-rows");
        var read = CliRun.Of("workbook", "read", book, "--out", evidence);

        made.ExitCode.Should().Be(0);
        made.OutputLines.Should().Equal($"{book}: 2 unit(s), dongnai-friendly-government@2024.1, 2024");
        read.ExitCode.Should().Be(0);
        read.OutputLines.Should().Equal(Path.Combine(evidence, "25996.json"), Path.Combine(evidence, "26089.json"));
        File.ReadAllText(Path.Combine(evidence, "26089.json")).Should().Be(
            "{\n  \"format\": \"friendlygov.evidence/1\",\n  \"framework\": \"dongnai-friendly-government@2024.1\",\n  \"period\": \"2024\",\n"
            + "  \"unit\": {\n    \"code\": \"26089\",\n    \"name\": \"Xã Bình Lộc\",\n    \"kind\": \"xa\",\n    \"province\": \"Đồng Nai\"\n  }\n}\n");
    }

    [Fact]
    public void Score_takes_a_workbook_where_it_takes_evidence_files()
    {
        using var folder = new TempDirectory();
        var book = Path.Combine(folder.Path, "book.xlsx");
        CliRun.Of("workbook", "new", "--framework", "dongnai-friendly-government@2024.1", "--units", folder.Write("units.csv", Units), "--period", "2024", "--out", book);

        var run = CliRun.Of("score", book, "--format", "json");

        // A blank workbook: only the two conduct indicators score, G4.2.2 (3) and G5.3.1 (5), with
        // no breach: 3 + 5 = 8 points each, on both scorecards and both ranking entries.
        run.ExitCode.Should().Be(0);
        run.Output.Should().Contain("\"code\": \"25996\"").And.Contain("\"code\": \"26089\"");
        run.Output.Split("\"total\": 8,").Should().HaveCount(5);
    }

    [Fact]
    public void A_workbook_with_a_formula_exits_2_naming_the_cell_and_writes_nothing()
    {
        using var folder = new TempDirectory();
        var book = Path.Combine(folder.Path, "book.xlsx");
        CliRun.Of("workbook", "new", "--framework", "dongnai-friendly-government@2024.1", "--units", folder.Write("units.csv", Units), "--period", "2024", "--out", book);
        // G1.2.1 of 25996 is on row 11 (see EvidenceWorkbookCellErrorTests in the workbook tests).
        Rewrite(book, "xl/worksheets/sheet1.xml", xml => xml.Replace("<c r=\"E11\" s=\"4\" />", "<c r=\"E11\"><f>1/0</f><v>0.5</v></c>", StringComparison.Ordinal));
        var evidence = Path.Combine(folder.Path, "evidence");

        var run = CliRun.Of("workbook", "read", book, "--out", evidence);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().Equal($"{book}: 25996!E11: holds a formula ('=1/0'): FriendlyGov never evaluates formulas nor trusts their last result; type the value itself");
        Directory.Exists(evidence).Should().BeFalse();
    }

    [Fact]
    public void A_units_file_with_bad_rows_is_refused_row_by_row()
    {
        using var folder = new TempDirectory();
        var units = folder.Write("units.csv", "code,name,kind\n2599,Tân Phong,phuong\n26089,Bình Lộc,village\n");

        var run = CliRun.Of("workbook", "new", "--framework", "dongnai-friendly-government@2024.1", "--units", units, "--period", "2024", "--out", Path.Combine(folder.Path, "b.xlsx"));

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().Equal(
            $"{units}: row 2: '2599' is not a unit code: the official code has five digits, such as 25996",
            $"{units}: row 3: 'village' is not one of xa, phuong, thi-tran, dac-khu");
        File.Exists(Path.Combine(folder.Path, "b.xlsx")).Should().BeFalse();
    }

    [Fact]
    public void Report_with_format_xlsx_writes_the_ranking_and_each_unit_as_workbooks()
    {
        using var folder = new TempDirectory();
        var samples = Directory.GetFiles(RepositoryRoot.Combine("samples", "evidence"), "*.json").Order().ToArray();

        var run = CliRun.Of(["report", .. samples, "--out", folder.Path, "--format", "xlsx"]);

        run.ExitCode.Should().Be(0);
        run.OutputLines.Should().Equal(Path.Combine(folder.Path, "ranking.xlsx"));
        Directory.GetFiles(Path.Combine(folder.Path, "units")).Select(Path.GetFileName).Order()
            .Should().Equal("25996.xlsx", "26089.xlsx", "26116.xlsx", "26131.xlsx", "26503.xlsx");
        File.Exists(Path.Combine(folder.Path, "index.html")).Should().BeFalse();
    }

    private static void Rewrite(string path, string part, Func<string, string> change)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        var entry = zip.GetEntry(part)!;
        string xml;
        using (var reader = new StreamReader(entry.Open(), Encoding.UTF8)) xml = reader.ReadToEnd();
        var changed = change(xml);
        changed.Should().NotBe(xml, "the test must change the part");
        entry.Delete();
        using var writer = new StreamWriter(zip.CreateEntry(part).Open(), new UTF8Encoding(false));
        writer.Write(changed);
    }
}
