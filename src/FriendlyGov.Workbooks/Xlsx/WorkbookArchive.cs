using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using FriendlyGov.Domain;

namespace FriendlyGov.Workbooks.Xlsx;

/// <summary>
/// An <c>.xlsx</c> workbook opened for reading values only, within <see cref="WorkbookLimits"/>.
/// It refuses what a spreadsheet could do besides hold values (macros, links to other files,
/// formulas) and never evaluates anything: a formula's cached value is not trusted either.
/// </summary>
/// <remarks>
/// Every problem is recorded with the place it is in: a part of the zip, or a cell as
/// <c>Sheet!E14</c>. The XML is read with DTDs prohibited and no resolver, so an entity cannot
/// expand or fetch anything.
/// </remarks>
internal sealed class WorkbookArchive : IDisposable
{
    private const string RelationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const int MostProblemsPerSheet = 50;
    private static readonly XmlReaderSettings XmlSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    private readonly ZipArchive _zip;
    private readonly WorkbookLimits _limits;
    private readonly List<string> _sharedStrings = [];
    private long _inflated;
    private int _cells;

    private WorkbookArchive(ZipArchive zip, WorkbookLimits limits)
    {
        _zip = zip;
        _limits = limits;
    }

    /// <summary>The sheets in the workbook's order.</summary>
    public IReadOnlyList<WorkbookSheet> Sheets { get; private set; } = [];

    /// <summary>Opens a workbook, recording why when it cannot be read safely.</summary>
    /// <returns>The workbook, or null when a problem was recorded.</returns>
    public static WorkbookArchive? Open(Stream input, WorkbookLimits limits, List<Problem> problems)
    {
        var bytes = ReadWithin(input, limits.MaxBytes, problems);
        if (bytes is null) return null;
        if (bytes.Length < 4 || bytes[0] != 'P' || bytes[1] != 'K' || bytes[2] != 3 || bytes[3] != 4)
        {
            problems.Add(new Problem(string.Empty, "not an .xlsx workbook: it is not a zip archive (save it from Excel or LibreOffice as an Excel 2007-365 workbook, .xlsx)"));
            return null;
        }

        ZipArchive zip;
        try
        {
            zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException ex)
        {
            problems.Add(new Problem(string.Empty, $"not an .xlsx workbook: the zip archive is damaged ({ex.Message})"));
            return null;
        }

        var archive = new WorkbookArchive(zip, limits);
        var count = problems.Count;
        archive.CheckParts(problems);
        if (problems.Count == count) archive.ReadWorkbook(problems);
        if (problems.Count == count) return archive;
        archive.Dispose();
        return null;
    }

    /// <summary>
    /// The cells of a sheet that hold a value, by reference (<c>E14</c>). Formulas and error values
    /// are recorded as problems of their cells.
    /// </summary>
    public Dictionary<string, CellValue> ReadSheet(WorkbookSheet sheet, List<Problem> problems)
    {
        var cells = new Dictionary<string, CellValue>(StringComparer.Ordinal);
        var count = problems.Count;
        Parse(sheet.Part, problems, reader =>
        {
            int row = 0, column = 0;
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element) continue;
                if (reader.LocalName == "row")
                {
                    row = int.TryParse(reader.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : row + 1;
                    column = 0;
                    if (row > _limits.MaxRows)
                    {
                        problems.Add(new Problem(Place(sheet.Name, null), $"the sheet uses row {Count(row)}; the most FriendlyGov reads is {Count(_limits.MaxRows)} (WorkbookLimits.MaxRows)"));
                        return;
                    }
                }
                else if (reader.LocalName == "c")
                {
                    var reference = reader.GetAttribute("r");
                    if (reference is null || !CellReference.TryParse(reference, out _, out column)) column++;
                    reference = CellReference.Of(Math.Max(row, 1), Math.Min(column, CellReference.MaxColumn));
                    if (column > _limits.MaxColumns)
                    {
                        problems.Add(new Problem(Place(sheet.Name, reference), $"the sheet uses column {Count(column)}; the most FriendlyGov reads is {Count(_limits.MaxColumns)} (WorkbookLimits.MaxColumns)"));
                        return;
                    }

                    var cell = ReadCell(reader, sheet.Name, reference, problems);
                    if (problems.Count - count > MostProblemsPerSheet)
                    {
                        problems.Add(new Problem(Place(sheet.Name, null), $"more than {MostProblemsPerSheet} problems; the rest of the sheet was not read"));
                        return;
                    }

                    if (cell is null) continue;
                    if (++_cells > _limits.MaxCells)
                    {
                        problems.Add(new Problem(Place(sheet.Name, reference), $"the workbook holds more than {Count(_limits.MaxCells)} cells with values (WorkbookLimits.MaxCells)"));
                        return;
                    }

                    cells[reference] = cell;
                }
            }
        });
        return cells;
    }

    /// <summary>Where a problem is: <c>Sheet!E14</c>, or the sheet alone. Names that are not plain are quoted as Excel quotes them.</summary>
    public static string Place(string sheet, string? cell)
    {
        var name = sheet.All(c => char.IsLetterOrDigit(c) || c is '_' or '.' or '-') ? sheet : $"'{sheet.Replace("'", "''", StringComparison.Ordinal)}'";
        return cell is null ? name : $"{name}!{cell}";
    }

    /// <inheritdoc />
    public void Dispose() => _zip.Dispose();

    // Counts in messages read the same whatever the machine's language: 100,000.
    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static byte[]? ReadWithin(Stream input, long maxBytes, List<Problem> problems)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = input.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, n);
            if (buffer.Length > maxBytes)
            {
                problems.Add(new Problem(string.Empty, $"the workbook is more than {Count(maxBytes)} bytes, the most FriendlyGov reads (WorkbookLimits.MaxBytes)"));
                return null;
            }
        }

        return buffer.ToArray();
    }

    // Sizes come from the zip's directory and are checked before anything is inflated.
    private void CheckParts(List<Problem> problems)
    {
        if (_zip.Entries.Count > _limits.MaxParts)
        {
            problems.Add(new Problem(string.Empty, $"the workbook has {Count(_zip.Entries.Count)} parts; the most FriendlyGov reads is {Count(_limits.MaxParts)} (WorkbookLimits.MaxParts)"));
            return;
        }

        long total = 0;
        foreach (var entry in _zip.Entries)
        {
            var name = entry.FullName;
            if (name.Contains("vbaProject", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".bin", StringComparison.OrdinalIgnoreCase))
                problems.Add(new Problem(name, "the workbook holds macros or other code (a macro-enabled .xlsm workbook?): FriendlyGov reads values only; save it as an .xlsx workbook without macros"));
            else if (name.StartsWith("xl/externalLinks/", StringComparison.OrdinalIgnoreCase))
                problems.Add(new Problem(name, "the workbook links to another file: FriendlyGov reads values only and follows no link; copy the values in and remove the link"));
            total += entry.Length;
            if (entry.Length > 1024 * 1024 && entry.Length > (long)_limits.MaxCompressionRatio * Math.Max(entry.CompressedLength, 1))
                problems.Add(new Problem(name, $"the part inflates {Count(entry.Length / Math.Max(entry.CompressedLength, 1))} times its compressed size (a zip bomb?); the most FriendlyGov accepts is {_limits.MaxCompressionRatio} (WorkbookLimits.MaxCompressionRatio)"));
        }

        if (total > _limits.MaxInflatedBytes)
            problems.Add(new Problem(string.Empty, $"the workbook's parts take {Count(total)} bytes once inflated; the most FriendlyGov reads is {Count(_limits.MaxInflatedBytes)} (WorkbookLimits.MaxInflatedBytes)"));
        if (_zip.GetEntry("[Content_Types].xml") is { } types)
        {
            Parse(types.FullName, problems, reader =>
            {
                while (reader.Read())
                {
                    if (reader.NodeType == XmlNodeType.Element && reader.GetAttribute("ContentType") is { } type
                        && (type.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase) || type.Contains("vbaProject", StringComparison.OrdinalIgnoreCase)))
                    {
                        problems.Add(new Problem(types.FullName, $"the workbook is macro-enabled ({type}): FriendlyGov reads values only; save it as an .xlsx workbook without macros"));
                        return;
                    }
                }
            });
        }
    }

    private void ReadWorkbook(List<Problem> problems)
    {
        var relationships = new Dictionary<string, string>(StringComparer.Ordinal);
        string? sharedStrings = null;
        Parse("xl/_rels/workbook.xml.rels", problems, reader =>
        {
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "Relationship") continue;
                var id = reader.GetAttribute("Id") ?? string.Empty;
                var target = reader.GetAttribute("Target") ?? string.Empty;
                var type = reader.GetAttribute("Type") ?? string.Empty;
                if (string.Equals(reader.GetAttribute("TargetMode"), "External", StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add(new Problem("xl/_rels/workbook.xml.rels", $"the workbook links to {MessageText.Quote(target)} outside it: FriendlyGov reads values only and follows no link"));
                    continue;
                }

                var part = target.StartsWith('/') ? target[1..] : "xl/" + target;
                relationships[id] = part;
                if (type.EndsWith("/sharedStrings", StringComparison.Ordinal)) sharedStrings = part;
            }
        });
        var sheets = new List<WorkbookSheet>();
        Parse("xl/workbook.xml", problems, reader =>
        {
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "sheet") continue;
                var name = reader.GetAttribute("name") ?? string.Empty;
                var id = reader.GetAttribute("id", RelationshipNamespace) ?? string.Empty;
                var hidden = reader.GetAttribute("state") is "hidden" or "veryHidden";
                if (relationships.TryGetValue(id, out var part)) sheets.Add(new WorkbookSheet(name, hidden, part));
                else problems.Add(new Problem("xl/workbook.xml", $"the sheet {MessageText.Quote(name)} names no part of the workbook"));
            }
        });
        if (sheets.Count > _limits.MaxSheets)
            problems.Add(new Problem(string.Empty, $"the workbook has {Count(sheets.Count)} sheets; the most FriendlyGov reads is {Count(_limits.MaxSheets)} (WorkbookLimits.MaxSheets)"));
        Sheets = sheets;
        if (sharedStrings is not null && problems.Count == 0) ReadSharedStrings(sharedStrings, problems);
    }

    private void ReadSharedStrings(string part, List<Problem> problems) =>
        Parse(part, problems, reader =>
        {
            var text = new StringBuilder();
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element) continue;
                if (reader.LocalName == "si")
                {
                    text.Clear();
                    ReadText(reader, text);
                    _sharedStrings.Add(EscapedText.Decode(text.ToString()));
                }
            }
        });

    // Reads the text of an <si> or <is>: its <t> and its runs' <t>, leaving out phonetic hints (<rPh>).
    // Its _xHHHH_ escapes are decoded by the caller, once the runs are joined, as Excel decodes them.
    private static void ReadText(XmlReader reader, StringBuilder text)
    {
        if (reader.IsEmptyElement) return;
        var depth = reader.Depth;
        var skipDepth = -1;
        while (reader.Read() && reader.Depth > depth)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "rPh" && skipDepth < 0 && !reader.IsEmptyElement) skipDepth = reader.Depth;
            else if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == skipDepth) skipDepth = -1;
            else if (skipDepth < 0 && reader.NodeType is XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace) text.Append(reader.Value);
        }
    }

    private CellValue? ReadCell(XmlReader reader, string sheet, string reference, List<Problem> problems)
    {
        var type = reader.GetAttribute("t") ?? "n";
        string? value = null;
        string? formula = null;
        var inline = new StringBuilder();
        if (!reader.IsEmptyElement)
        {
            // ReadElementContentAsString moves past the element it reads, so each branch advances itself.
            var depth = reader.Depth;
            reader.Read();
            while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    reader.Read();
                    continue;
                }

                switch (reader.LocalName)
                {
                    case "f":
                        formula = reader.ReadElementContentAsString();
                        break;
                    case "v":
                        value = reader.ReadElementContentAsString();
                        break;
                    case "is":
                        ReadText(reader, inline);
                        reader.Read();
                        break;
                    default:
                        reader.Skip();
                        break;
                }
            }
        }

        var place = Place(sheet, reference);
        if (formula is not null)
        {
            problems.Add(new Problem(place, $"holds a formula ({MessageText.Quote("=" + formula, 60)}): FriendlyGov never evaluates formulas nor trusts their last result; type the value itself"));
            return null;
        }

        switch (type)
        {
            case "inlineStr":
                return new CellValue(reference, null, EscapedText.Decode(inline.ToString()), null);
            case "s":
                if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < _sharedStrings.Count)
                    return new CellValue(reference, null, _sharedStrings[index], null);
                problems.Add(new Problem(place, $"names the shared text {MessageText.Quote(value)}, which the workbook does not have"));
                return null;
            case "str":
            case "d":
                return value is null ? null : new CellValue(reference, null, value, null);
            case "b":
                // Excel writes 1 and 0; some programs write true and false.
                var flag = value?.Trim();
                if (flag is null) return null;
                if (flag is "1" || flag.Equals("true", StringComparison.OrdinalIgnoreCase)) return new CellValue(reference, null, null, true);
                if (flag is "0" || flag.Equals("false", StringComparison.OrdinalIgnoreCase)) return new CellValue(reference, null, null, false);
                problems.Add(new Problem(place, $"{MessageText.Quote(value)} is not a boolean value"));
                return null;
            case "e":
                problems.Add(new Problem(place, $"holds the error value {MessageText.Quote(value)}: type the value itself"));
                return null;
            default:
                if (value is null) return null;
                if (decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) return new CellValue(reference, number, null, null);
                problems.Add(new Problem(place, $"{MessageText.Quote(value)} is not a number FriendlyGov can hold exactly"));
                return null;
        }
    }

    private void Parse(string part, List<Problem> problems, Action<XmlReader> read)
    {
        var entry = _zip.GetEntry(part);
        if (entry is null)
        {
            problems.Add(new Problem(part, "the workbook lacks this part: it is not a complete .xlsx workbook"));
            return;
        }

        var allowed = Math.Min(entry.Length, _limits.MaxInflatedBytes - _inflated);
        try
        {
            using var stream = new BoundedStream(entry.Open(), allowed);
            using (var reader = XmlReader.Create(stream, XmlSettings)) read(reader);
            _inflated += stream.Position;
        }
        catch (InvalidDataException ex)
        {
            problems.Add(new Problem(part, $"the part cannot be read: {ex.Message} (a damaged or forged zip?)"));
        }
        catch (XmlException ex)
        {
            var at = ex.LineNumber > 0 ? $" at line {ex.LineNumber}, column {ex.LinePosition}" : string.Empty;
            problems.Add(new Problem(part, $"not valid XML{at}: {MessageText.Printable(ex.Message)}"));
        }
    }
}
