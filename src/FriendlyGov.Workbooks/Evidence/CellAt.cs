using FriendlyGov.Workbooks.Xlsx;

namespace FriendlyGov.Workbooks.Evidence;

/// <summary>A cell of an evidence workbook, by one-based row and column.</summary>
internal readonly record struct CellAt(int Row, int Column)
{
    /// <summary>The cell's reference, such as <c>E14</c>.</summary>
    public override string ToString() => CellReference.Of(Row, Column);
}
