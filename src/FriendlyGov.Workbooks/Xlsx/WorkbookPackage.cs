using System.IO.Compression;
using System.Text;
using System.Xml;

namespace FriendlyGov.Workbooks.Xlsx;

/// <summary>
/// Writes an Office Open XML workbook (<c>.xlsx</c>) with nothing but the parts a spreadsheet program
/// needs: the workbook, its sheets and one fixed set of cell formats (<see cref="CellStyle"/>).
/// </summary>
/// <remarks>
/// Texts are written inline (<c>inlineStr</c>), so no shared-string table is needed. Every zip
/// entry carries the same timestamp, so the same content gives the same bytes.
/// </remarks>
internal static class WorkbookPackage
{
    /// <summary>The SpreadsheetML namespace.</summary>
    public const string MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>The namespace of relationship ids inside a part.</summary>
    public const string RelationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string ContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";
    private static readonly DateTimeOffset Timestamp = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Writes the sheets, in order, as a workbook into <paramref name="output"/>.</summary>
    /// <param name="output">Where the <c>.xlsx</c> bytes go; left open.</param>
    /// <param name="sheets">The sheets; at least one visible.</param>
    public static void Write(Stream output, IReadOnlyList<SheetBuilder> sheets)
    {
        Guard.Against.Null(output);
        Guard.Against.NullOrEmpty(sheets);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true, Encoding.UTF8);
        Part(zip, "[Content_Types].xml", w =>
        {
            w.WriteStartElement("Types", ContentTypes);
            Default(w, "rels", "application/vnd.openxmlformats-package.relationships+xml");
            Default(w, "xml", "application/xml");
            Override(w, "/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
            Override(w, "/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");
            for (var i = 1; i <= sheets.Count; i++)
                Override(w, $"/xl/worksheets/sheet{i}.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
            w.WriteEndElement();
        });
        Part(zip, "_rels/.rels", w =>
        {
            w.WriteStartElement("Relationships", PackageRelationships);
            Relationship(w, "rId1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument", "xl/workbook.xml");
            w.WriteEndElement();
        });
        Part(zip, "xl/_rels/workbook.xml.rels", w =>
        {
            w.WriteStartElement("Relationships", PackageRelationships);
            for (var i = 1; i <= sheets.Count; i++)
                Relationship(w, $"rId{i}", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet", $"worksheets/sheet{i}.xml");
            Relationship(w, $"rId{sheets.Count + 1}", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles", "styles.xml");
            w.WriteEndElement();
        });
        Part(zip, "xl/workbook.xml", w => WriteWorkbook(w, sheets));
        Part(zip, "xl/styles.xml", WriteStyles);
        for (var i = 0; i < sheets.Count; i++)
        {
            var sheet = sheets[i];
            Part(zip, $"xl/worksheets/sheet{i + 1}.xml", sheet.Write);
        }
    }

    private static void WriteWorkbook(XmlWriter w, IReadOnlyList<SheetBuilder> sheets)
    {
        w.WriteStartElement("workbook", MainNamespace);
        w.WriteAttributeString("xmlns", "r", null, RelationshipNamespace);
        w.WriteStartElement("bookViews", MainNamespace);
        w.WriteStartElement("workbookView", MainNamespace);
        var firstVisible = sheets.Select((s, i) => (s, i)).First(p => !p.s.Hidden).i;
        w.WriteAttributeString("activeTab", firstVisible.ToString(System.Globalization.CultureInfo.InvariantCulture));
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteStartElement("sheets", MainNamespace);
        for (var i = 0; i < sheets.Count; i++)
        {
            w.WriteStartElement("sheet", MainNamespace);
            w.WriteAttributeString("name", sheets[i].Name);
            w.WriteAttributeString("sheetId", (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (sheets[i].Hidden) w.WriteAttributeString("state", "hidden");
            w.WriteAttributeString("id", RelationshipNamespace, $"rId{i + 1}");
            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteEndElement();
    }

    // The formats in CellStyle's order; number formats 164+ are "0", "0.0", … "0.000000".
    private static void WriteStyles(XmlWriter w)
    {
        const string M = MainNamespace;
        w.WriteStartElement("styleSheet", M);
        w.WriteStartElement("numFmts", M);
        w.WriteAttributeString("count", "8");
        NumberFormat(w, 163, "yyyy-mm-dd");
        for (var d = 0; d <= 6; d++) NumberFormat(w, 164 + d, d == 0 ? "0" : "0." + new string('0', d));
        w.WriteEndElement();
        w.WriteRaw(
            "<fonts count=\"3\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
            + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font>"
            + "<font><b/><sz val=\"14\"/><name val=\"Calibri\"/></font></fonts>"
            + "<fills count=\"4\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
            + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFD9E1F2\"/><bgColor indexed=\"64\"/></patternFill></fill>"
            + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFFFF2CC\"/><bgColor indexed=\"64\"/></patternFill></fill></fills>"
            + "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
            + "<border><left style=\"thin\"><color rgb=\"FFBFBFBF\"/></left><right style=\"thin\"><color rgb=\"FFBFBFBF\"/></right>"
            + "<top style=\"thin\"><color rgb=\"FFBFBFBF\"/></top><bottom style=\"thin\"><color rgb=\"FFBFBFBF\"/></bottom><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>");
        var formats = new List<string>
        {
            "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>",
            "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\" applyBorder=\"1\" applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf>",
            "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyBorder=\"1\" applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf>",
            "<xf numFmtId=\"0\" fontId=\"2\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>",
            "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"3\" borderId=\"1\" xfId=\"0\" applyFill=\"1\" applyBorder=\"1\" applyProtection=\"1\"><protection locked=\"0\"/></xf>",
            "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"3\" borderId=\"1\" xfId=\"0\" applyNumberFormat=\"1\" applyFill=\"1\" applyBorder=\"1\" applyProtection=\"1\"><protection locked=\"0\"/></xf>",
            "<xf numFmtId=\"163\" fontId=\"0\" fillId=\"3\" borderId=\"1\" xfId=\"0\" applyNumberFormat=\"1\" applyFill=\"1\" applyBorder=\"1\" applyProtection=\"1\"><protection locked=\"0\"/></xf>",
        };
        for (var d = 0; d <= 6; d++)
            formats.Add($"<xf numFmtId=\"{164 + d}\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyNumberFormat=\"1\" applyBorder=\"1\" applyAlignment=\"1\"><alignment vertical=\"top\"/></xf>");
        w.WriteRaw($"<cellXfs count=\"{formats.Count}\">{string.Concat(formats)}</cellXfs>");
        w.WriteRaw("<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>");
        w.WriteEndElement();
    }

    private static void NumberFormat(XmlWriter w, int id, string code)
    {
        w.WriteStartElement("numFmt", MainNamespace);
        w.WriteAttributeString("numFmtId", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        w.WriteAttributeString("formatCode", code);
        w.WriteEndElement();
    }

    private static void Default(XmlWriter w, string extension, string type)
    {
        w.WriteStartElement("Default", ContentTypes);
        w.WriteAttributeString("Extension", extension);
        w.WriteAttributeString("ContentType", type);
        w.WriteEndElement();
    }

    private static void Override(XmlWriter w, string part, string type)
    {
        w.WriteStartElement("Override", ContentTypes);
        w.WriteAttributeString("PartName", part);
        w.WriteAttributeString("ContentType", type);
        w.WriteEndElement();
    }

    private static void Relationship(XmlWriter w, string id, string type, string target)
    {
        w.WriteStartElement("Relationship", PackageRelationships);
        w.WriteAttributeString("Id", id);
        w.WriteAttributeString("Type", type);
        w.WriteAttributeString("Target", target);
        w.WriteEndElement();
    }

    private static void Part(ZipArchive zip, string name, Action<XmlWriter> write)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = Timestamp;
        using var stream = entry.Open();
        using var w = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), CloseOutput = false });
        write(w);
    }
}
