using System.Globalization;
using System.Xml;

namespace FriendlyGov.Workbooks.Xlsx;

/// <summary>
/// One worksheet being built in memory (the sheets FriendlyGov writes have hundreds of rows, not
/// millions), then written as SpreadsheetML in the element order the schema requires.
/// </summary>
/// <param name="name">The sheet's name: at most 31 characters, none of <c>[]:*?/\</c>.</param>
internal sealed class SheetBuilder(string name)
{
    private readonly SortedDictionary<int, SortedDictionary<int, SheetCell>> _rows = [];
    private readonly SortedDictionary<int, double> _widths = [];
    private readonly List<(string Range, DataValidationRule Rule)> _validations = [];

    /// <summary>The sheet's name as its tab shows it.</summary>
    public string Name { get; } = name;

    /// <summary>Whether the tab is hidden (a sheet for programs, not people).</summary>
    public bool Hidden { get; init; }

    /// <summary>Whether locked cells cannot be edited (no password: it guards against mistakes, not people).</summary>
    public bool Protected { get; init; }

    /// <summary>The rows above the scrolling area, kept in view; 0 for none.</summary>
    public int FrozenRows { get; set; }

    /// <summary>The columns left of the scrolling area, kept in view; 0 for none.</summary>
    public int FrozenColumns { get; set; }

    /// <summary>Sets a cell. Rows and columns are one-based.</summary>
    public void Set(int row, int column, object? value, CellStyle style = CellStyle.Plain)
    {
        if (!_rows.TryGetValue(row, out var cells)) _rows[row] = cells = [];
        cells[column] = new SheetCell(value, style);
    }

    /// <summary>Sets a column's width in characters of the default font.</summary>
    public void Width(int column, double characters) => _widths[column] = Math.Clamp(characters, 4, 100);

    /// <summary>Widens each column to fit its longest value (up to 100 characters) where no width was set.</summary>
    public void FitWidths()
    {
        foreach (var (column, longest) in _rows.Values.SelectMany(r => r).GroupBy(c => c.Key)
            .Select(g => (g.Key, g.Max(c => LengthOf(c.Value.Value)))))
        {
            if (!_widths.ContainsKey(column)) Width(column, longest + 2);
        }
    }

    /// <summary>Applies a data validation to a range such as <c>E6:E40</c> or <c>E6 E9</c>.</summary>
    public void Validate(string range, DataValidationRule rule) => _validations.Add((range, rule));

    /// <summary>Writes the sheet as <c>xl/worksheets/sheetN.xml</c>.</summary>
    public void Write(XmlWriter w)
    {
        const string Main = WorkbookPackage.MainNamespace;
        w.WriteStartDocument(standalone: true);
        w.WriteStartElement("worksheet", Main);
        w.WriteAttributeString("xmlns", "r", null, WorkbookPackage.RelationshipNamespace);
        w.WriteStartElement("sheetViews", Main);
        w.WriteStartElement("sheetView", Main);
        w.WriteAttributeString("workbookViewId", "0");
        if (FrozenRows > 0 || FrozenColumns > 0)
        {
            w.WriteStartElement("pane", Main);
            if (FrozenColumns > 0) w.WriteAttributeString("xSplit", Number(FrozenColumns));
            if (FrozenRows > 0) w.WriteAttributeString("ySplit", Number(FrozenRows));
            w.WriteAttributeString("topLeftCell", CellReference.Of(FrozenRows + 1, FrozenColumns + 1));
            w.WriteAttributeString("activePane", FrozenRows > 0 && FrozenColumns > 0 ? "bottomRight" : FrozenRows > 0 ? "bottomLeft" : "topRight");
            w.WriteAttributeString("state", "frozen");
            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteEndElement();
        if (_widths.Count > 0)
        {
            w.WriteStartElement("cols", Main);
            foreach (var (column, width) in _widths)
            {
                w.WriteStartElement("col", Main);
                w.WriteAttributeString("min", Number(column));
                w.WriteAttributeString("max", Number(column));
                w.WriteAttributeString("width", width.ToString("0.##", CultureInfo.InvariantCulture));
                w.WriteAttributeString("customWidth", "1");
                w.WriteEndElement();
            }

            w.WriteEndElement();
        }

        WriteData(w);
        if (Protected)
        {
            w.WriteStartElement("sheetProtection", Main);
            w.WriteAttributeString("sheet", "1");
            w.WriteAttributeString("objects", "1");
            w.WriteAttributeString("scenarios", "1");
            w.WriteAttributeString("formatColumns", "0");
            w.WriteAttributeString("formatRows", "0");
            w.WriteEndElement();
        }

        WriteValidations(w);
        w.WriteEndElement();
        w.WriteEndDocument();
    }

    private void WriteData(XmlWriter w)
    {
        const string Main = WorkbookPackage.MainNamespace;
        w.WriteStartElement("sheetData", Main);
        foreach (var (row, cells) in _rows)
        {
            w.WriteStartElement("row", Main);
            w.WriteAttributeString("r", Number(row));
            foreach (var (column, cell) in cells)
            {
                w.WriteStartElement("c", Main);
                w.WriteAttributeString("r", CellReference.Of(row, column));
                if (cell.Style != CellStyle.Plain) w.WriteAttributeString("s", Number((int)cell.Style));
                switch (cell.Value)
                {
                    case string text:
                        w.WriteAttributeString("t", "inlineStr");
                        w.WriteStartElement("is", Main);
                        w.WriteStartElement("t", Main);
                        w.WriteAttributeString("xml", "space", null, "preserve");
                        w.WriteString(EscapedText.Encode(text));
                        w.WriteEndElement();
                        w.WriteEndElement();
                        break;
                    case decimal number:
                        w.WriteElementString("v", Main, number.ToString(CultureInfo.InvariantCulture));
                        break;
                    case bool flag:
                        w.WriteAttributeString("t", "b");
                        w.WriteElementString("v", Main, flag ? "1" : "0");
                        break;
                }

                w.WriteEndElement();
            }

            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    private void WriteValidations(XmlWriter w)
    {
        if (_validations.Count == 0) return;
        const string Main = WorkbookPackage.MainNamespace;
        w.WriteStartElement("dataValidations", Main);
        w.WriteAttributeString("count", Number(_validations.Count));
        foreach (var (range, rule) in _validations)
        {
            w.WriteStartElement("dataValidation", Main);
            w.WriteAttributeString("type", rule.Type);
            if (rule.Operator is { } op) w.WriteAttributeString("operator", op);
            w.WriteAttributeString("allowBlank", "1");
            w.WriteAttributeString("showInputMessage", "1");
            w.WriteAttributeString("showErrorMessage", "1");
            w.WriteAttributeString("errorTitle", "FriendlyGov");
            w.WriteAttributeString("error", Shorten(rule.Error));
            w.WriteAttributeString("promptTitle", "FriendlyGov");
            w.WriteAttributeString("prompt", Shorten(rule.Prompt));
            w.WriteAttributeString("sqref", range);
            w.WriteElementString("formula1", Main, rule.Formula1);
            if (rule.Formula2 is { } formula2) w.WriteElementString("formula2", Main, formula2);
            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    // Excel refuses a workbook whose validation texts pass 255 characters.
    private static string Shorten(string text) => text.Length <= 255 ? text : text[..254] + "…";

    // The longest line of a cell's text, in characters.
    private static int LengthOf(object? value) => value switch
    {
        string text => text.Split('\n').Max(l => l.Length),
        decimal number => number.ToString(CultureInfo.InvariantCulture).Length,
        bool => 5,
        _ => 0,
    };

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
