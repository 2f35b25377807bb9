using System.Globalization;

namespace FriendlyGov.Application.Dossiers;

/// <summary>How problems name a cell of an import, the same in the CSV reader and in the requests.</summary>
public static class DossierRows
{
    /// <summary>The path of a cell: <c>row 7, column received</c>.</summary>
    /// <param name="row">The row's number, the header being row 1.</param>
    /// <param name="column">The column's name in the header.</param>
    /// <returns>The path.</returns>
    public static string Cell(int row, string column) => string.Create(CultureInfo.InvariantCulture, $"row {row}, column {column}");
}
