using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace FriendlyGov.Workbooks.Tests;

/// <summary>
/// Fills a workbook's cells as a program that knows nothing of FriendlyGov would: through the Open
/// XML SDK, writing texts into the shared-string table as Excel does, and nothing else.
/// </summary>
internal sealed class RawWorkbook : IDisposable
{
    private readonly MemoryStream _stream;
    private readonly SpreadsheetDocument _document;

    public RawWorkbook(byte[] xlsx)
    {
        _stream = new MemoryStream();
        _stream.Write(xlsx);
        _document = SpreadsheetDocument.Open(_stream, isEditable: true);
    }

    /// <summary>The row whose cell in column A reads <paramref name="text"/>.</summary>
    public int RowOf(string sheet, string text) =>
        int.Parse(Cells(sheet).First(c => c.CellReference!.Value!.StartsWith('A') && c.InlineString?.Text?.Text == text).CellReference!.Value![1..], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The checklist item on row <paramref name="row"/> of <paramref name="indicator"/>, whose column A reads "G1.1.1 · item".</summary>
    public bool TryItemOf(string sheet, int row, string indicator, out string item)
    {
        var text = Cells(sheet).FirstOrDefault(c => c.CellReference == $"A{row}")?.InlineString?.Text?.Text ?? string.Empty;
        item = text.StartsWith(indicator + " · ", StringComparison.Ordinal) ? text[(indicator.Length + 3)..] : string.Empty;
        return item.Length > 0;
    }

    /// <summary>The text of a cell written inline, as FriendlyGov writes texts; null when it holds none.</summary>
    public string? Text(string sheet, string reference) => Cells(sheet).FirstOrDefault(c => c.CellReference == reference)?.InlineString?.Text?.Text;

    /// <summary>The number in a cell; null when it holds none.</summary>
    public decimal? Number(string sheet, string reference) =>
        Cells(sheet).FirstOrDefault(c => c.CellReference == reference && (c.DataType is null || c.DataType.Value == CellValues.Number))?.CellValue?.Text is { } value
            ? decimal.Parse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture)
            : null;

    /// <summary>Whether a sheet's tab is hidden.</summary>
    public bool IsHidden(string sheet) =>
        _document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().First(s => s.Name == sheet).State?.Value == SheetStateValues.Hidden;

    /// <summary>Sets a cell to a text, a number or a boolean.</summary>
    public void Set(string sheet, string reference, object value)
    {
        var cell = Cell(sheet, reference);
        cell.InlineString?.Remove();
        cell.CellFormula?.Remove();
        switch (value)
        {
            case string text:
                var table = _document.WorkbookPart!.SharedStringTablePart ?? _document.WorkbookPart.AddNewPart<SharedStringTablePart>();
                table.SharedStringTable ??= new SharedStringTable();
                table.SharedStringTable.AppendChild(new SharedStringItem(new Text(text)));
                cell.DataType = CellValues.SharedString;
                cell.CellValue = new CellValue(table.SharedStringTable.Count() - 1);
                break;
            case bool flag:
                cell.DataType = CellValues.Boolean;
                cell.CellValue = new CellValue(flag);
                break;
            default:
                cell.DataType = null;
                cell.CellValue = new CellValue(Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
        }
    }

    /// <summary>Puts a formula with a cached result into a cell, as Excel saves one.</summary>
    public void SetFormula(string sheet, string reference, string formula, decimal cached)
    {
        var cell = Cell(sheet, reference);
        cell.InlineString?.Remove();
        cell.DataType = null;
        cell.CellFormula = new CellFormula(formula);
        cell.CellValue = new CellValue(cached);
    }

    /// <summary>The workbook's bytes, saved.</summary>
    public byte[] Save()
    {
        _document.Save();
        _document.Dispose();
        return _stream.ToArray();
    }

    public void Dispose()
    {
        _document.Dispose();
        _stream.Dispose();
    }

    private Cell Cell(string sheet, string reference) =>
        Cells(sheet).FirstOrDefault(c => c.CellReference == reference) ?? throw new InvalidOperationException($"{sheet}!{reference} is not in the workbook");

    private IEnumerable<Cell> Cells(string sheet)
    {
        var workbook = _document.WorkbookPart!;
        var id = workbook.Workbook.Sheets!.Elements<Sheet>().First(s => s.Name == sheet).Id!.Value!;
        return ((WorksheetPart)workbook.GetPartById(id)).Worksheet.Descendants<Cell>();
    }
}
