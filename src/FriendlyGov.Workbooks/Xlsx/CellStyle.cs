namespace FriendlyGov.Workbooks.Xlsx;

/// <summary>
/// The cell formats every workbook FriendlyGov writes carries, by their index in <c>styles.xml</c>
/// (<see cref="WorkbookPackage"/> writes them in this order).
/// </summary>
internal enum CellStyle
{
    /// <summary>Plain, locked.</summary>
    Plain = 0,

    /// <summary>A column header: bold, shaded, wrapped, locked.</summary>
    Header = 1,

    /// <summary>Wrapped text, locked.</summary>
    Text = 2,

    /// <summary>A title: bold and larger, locked.</summary>
    Title = 3,

    /// <summary>A cell a person fills in: unlocked, shaded pale yellow, general format.</summary>
    Input = 4,

    /// <summary>A cell a person fills in with text (format <c>@</c>), unlocked: ids, notes, lists of responses.</summary>
    InputText = 5,

    /// <summary>A date a person fills in, shown <c>yyyy-mm-dd</c>, unlocked.</summary>
    InputDate = 6,

    /// <summary>A number with no decimals, locked; <c>Decimals0 + n</c> has n decimals, up to 6.</summary>
    Decimals0 = 7,
}
