using System.Globalization;

namespace FriendlyGov.Workbooks.Xlsx;

/// <summary>
/// What one cell of a workbook holds as read: a number, a text or true/false. Formulas and error
/// values are refused while reading (<see cref="WorkbookArchive"/>) and never reach here.
/// </summary>
/// <param name="Reference">The cell, such as <c>E14</c>.</param>
/// <param name="Number">The number, when the cell holds one.</param>
/// <param name="Text">The text, when the cell holds one.</param>
/// <param name="Flag">True or false, when the cell holds a boolean.</param>
internal sealed record CellValue(string Reference, decimal? Number, string? Text, bool? Flag)
{
    /// <summary>Whether the cell holds nothing a person typed (no value, or only spaces).</summary>
    public bool IsBlank => Number is null && Flag is null && string.IsNullOrWhiteSpace(Text);

    /// <summary>The value as a person would read it, for messages.</summary>
    public string Shown => Number is { } n ? n.ToString(CultureInfo.InvariantCulture)
        : Flag is { } f ? (f ? "TRUE" : "FALSE")
        : Domain.MessageText.Quote(Text);
}
