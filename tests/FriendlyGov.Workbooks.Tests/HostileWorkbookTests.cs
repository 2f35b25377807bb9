using System.IO.Compression;
using System.Text;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Periods;
using FriendlyGov.Domain.Units;
using FriendlyGov.Frameworks;
using FriendlyGov.Workbooks.Xlsx;

namespace FriendlyGov.Workbooks.Tests;

public sealed class HostileWorkbookTests
{
    private static readonly AssessedUnit TanPhong = new("25996", "Phường Tân Phong", UnitKind.Ward, "Đồng Nai");

    [Fact]
    public void Bytes_that_are_not_a_zip_are_refused()
    {
        Refusal(Encoding.UTF8.GetBytes("code,name\n25996,Tân Phong\n")).Should().Equal(
            "book.xlsx: not an .xlsx workbook: it is not a zip archive (save it from Excel or LibreOffice as an Excel 2007-365 workbook, .xlsx)");
    }

    [Fact]
    public void A_zip_bomb_is_refused_from_its_directory_before_anything_is_inflated()
    {
        // 2 MiB of spaces deflate to a few KiB: far above 100 times, and above the 1 MiB allowed here.
        var bomb = Zip(("xl/worksheets/sheet1.xml", new byte[2 * 1024 * 1024]));

        var lines = Refusal(bomb, new WorkbookLimits { MaxInflatedBytes = 1024 * 1024 });

        lines.Should().HaveCount(2);
        lines[0].Should().Match("book.xlsx: xl/worksheets/sheet1.xml: the part inflates * times its compressed size (a zip bomb?); the most FriendlyGov accepts is 100 (WorkbookLimits.MaxCompressionRatio)");
        // 2 × 1,048,576 = 2,097,152 bytes.
        lines[1].Should().Be("book.xlsx: the workbook's parts take 2,097,152 bytes once inflated; the most FriendlyGov reads is 1,048,576 (WorkbookLimits.MaxInflatedBytes)");
    }

    [Fact]
    public void A_part_that_inflates_past_the_size_its_directory_declares_is_stopped_there()
    {
        using var bounded = new BoundedStream(new MemoryStream(new byte[100]), 10);

        var act = () => bounded.CopyTo(Stream.Null);

        act.Should().Throw<InvalidDataException>().WithMessage("it inflates past 10 bytes");
    }

    [Fact]
    public void A_workbook_larger_than_the_limit_is_refused_before_it_is_opened()
    {
        Refusal(Blank(), new WorkbookLimits { MaxBytes = 1000 }).Should().Equal(
            "book.xlsx: the workbook is more than 1,000 bytes, the most FriendlyGov reads (WorkbookLimits.MaxBytes)");
    }

    [Fact]
    public void A_sheet_that_reaches_past_the_row_or_column_limit_is_refused()
    {
        Refusal(ChangePart(Blank(), "xl/worksheets/sheet1.xml", xml => xml.Replace("</sheetData>", "<row r=\"100001\"><c r=\"A100001\"><v>1</v></c></row></sheetData>", StringComparison.Ordinal)))
            .Should().Equal("book.xlsx: 25996: the sheet uses row 100,001; the most FriendlyGov reads is 100,000 (WorkbookLimits.MaxRows)");
        Refusal(ChangePart(Blank(), "xl/worksheets/sheet1.xml", xml => xml.Replace("</row></sheetData>", "<c r=\"XFD40\"><v>1</v></c></row></sheetData>", StringComparison.Ordinal)))
            .Should().ContainSingle().Which.Should().MatchRegex(@"^book\.xlsx: 25996!XFD\d+: the sheet uses column 16,384; the most FriendlyGov reads is 2,000 \(WorkbookLimits\.MaxColumns\)$");
    }

    [Fact]
    public void Too_many_sheets_or_cells_are_refused()
    {
        // One unit sheet, the conduct sheet and the hidden friendlygov sheet: 3.
        Refusal(Blank(), new WorkbookLimits { MaxSheets = 2 }).Should().Equal(
            "book.xlsx: the workbook has 3 sheets; the most FriendlyGov reads is 2 (WorkbookLimits.MaxSheets)");
        Refusal(Blank(), new WorkbookLimits { MaxCells = 5 }).Should().ContainSingle().Which.Should().EndWith(
            "the workbook holds more than 5 cells with values (WorkbookLimits.MaxCells)");
    }

    [Fact]
    public void Macros_are_refused_whether_as_a_part_a_content_type_or_an_xlsm_file()
    {
        Refusal(AddPart(Blank(), "xl/vbaProject.bin", [1, 2, 3])).Should().Equal(
            "book.xlsx: xl/vbaProject.bin: the workbook holds macros or other code (a macro-enabled .xlsm workbook?): FriendlyGov reads values only; save it as an .xlsx workbook without macros");
        Refusal(ChangePart(Blank(), "[Content_Types].xml", xml => xml.Replace("spreadsheetml.sheet.main+xml", "ms-excel.sheet.macroEnabled.main+xml", StringComparison.Ordinal))).Should().Equal(
            "book.xlsx: [Content_Types].xml: the workbook is macro-enabled (application/vnd.openxmlformats-officedocument.ms-excel.sheet.macroEnabled.main+xml): FriendlyGov reads values only; save it as an .xlsx workbook without macros");

        using var folder = new TempDirectory();
        var path = Path.Combine(folder.Path, "book.xlsm");
        File.WriteAllBytes(path, Blank());
        var act = () => EvidenceWorkbook.ReadFile(path, new FrameworkLoader());
        act.Should().Throw<InvalidInputException>().Which.Lines.Should().Equal(
            $"{path}: a macro-enabled workbook (.xlsm) is refused: FriendlyGov reads values only; save it as an .xlsx workbook without macros");
    }

    [Fact]
    public void Links_to_other_files_are_refused()
    {
        Refusal(AddPart(Blank(), "xl/externalLinks/externalLink1.xml", Encoding.UTF8.GetBytes("<externalLink/>"))).Should().Equal(
            "book.xlsx: xl/externalLinks/externalLink1.xml: the workbook links to another file: FriendlyGov reads values only and follows no link; copy the values in and remove the link");
        Refusal(ChangePart(Blank(), "xl/_rels/workbook.xml.rels", xml => xml.Replace("</Relationships>", "<Relationship Id=\"rId99\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath\" Target=\"file:///etc/passwd\" TargetMode=\"External\"/></Relationships>", StringComparison.Ordinal))).Should().Equal(
            "book.xlsx: xl/_rels/workbook.xml.rels: the workbook links to 'file:///etc/passwd' outside it: FriendlyGov reads values only and follows no link");
    }

    [Fact]
    public void A_document_type_declaration_is_refused_so_no_entity_expands()
    {
        var lines = Refusal(ChangePart(Blank(), "xl/worksheets/sheet1.xml", xml =>
            xml.Replace("<worksheet ", "<!DOCTYPE worksheet [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]><worksheet ", StringComparison.Ordinal)));

        lines.Should().ContainSingle().Which.Should().StartWith("book.xlsx: xl/worksheets/sheet1.xml: not valid XML: For security reasons DTD is prohibited");
    }

    private static byte[] Blank() =>
        EvidenceWorkbookRoundTripTests.Write(new FrameworkLoader().Resolve("dongnai-friendly-government@2024.1"), AssessmentPeriod.OfYear(2024), [TanPhong]);

    private static IReadOnlyList<string> Refusal(byte[] xlsx, WorkbookLimits? limits = null)
    {
        var act = () => EvidenceWorkbook.Read(new MemoryStream(xlsx), "book.xlsx", new FrameworkLoader(), limits: limits);
        return [.. act.Should().Throw<InvalidInputException>().Which.Lines];
    }

    private static byte[] Zip(params (string Name, byte[] Content)[] parts)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in parts)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                stream.Write(content);
            }
        }

        return output.ToArray();
    }

    private static Dictionary<string, byte[]> Parts(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read);
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        });
    }

    private static byte[] AddPart(byte[] xlsx, string name, byte[] content)
    {
        var parts = Parts(xlsx);
        parts[name] = content;
        return Zip([.. parts.Select(p => (p.Key, p.Value))]);
    }

    private static byte[] ChangePart(byte[] xlsx, string name, Func<string, string> change)
    {
        var parts = Parts(xlsx);
        parts[name] = Encoding.UTF8.GetBytes(change(Encoding.UTF8.GetString(parts[name])));
        return Zip([.. parts.Select(p => (p.Key, p.Value))]);
    }
}
