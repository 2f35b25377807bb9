namespace FriendlyGov.Workbooks.Xlsx;

/// <summary>A sheet listed in a workbook.</summary>
/// <param name="Name">The name on its tab.</param>
/// <param name="Hidden">Whether its tab is hidden.</param>
/// <param name="Part">The zip entry that holds it, such as <c>xl/worksheets/sheet1.xml</c>.</param>
internal sealed record WorkbookSheet(string Name, bool Hidden, string Part);
