namespace FriendlyGov.Workbooks.Xlsx;

/// <summary>One cell to write: its value (text, a number, true or false, or none) and its format.</summary>
/// <param name="Value">A <see cref="string"/>, <see cref="decimal"/>, <see cref="bool"/>, or null for an empty cell that still carries its format (an unlocked input cell).</param>
/// <param name="Style">The cell's format.</param>
internal sealed record SheetCell(object? Value, CellStyle Style);
