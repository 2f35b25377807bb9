using System.Globalization;
using FriendlyGov.Domain.Periods;

namespace FriendlyGov.Domain.Dossiers;

/// <summary>One unit's counts for one period, as a row of an import such as a CSV file.</summary>
/// <param name="Row">The row's number in its file, counting the header as row 1, so that problems name it.</param>
/// <param name="UnitCode">The unit.</param>
/// <param name="Period">The period.</param>
/// <param name="Counts">The counts.</param>
public sealed record DossierStatisticsRow(int Row, string UnitCode, AssessmentPeriod Period, DossierCounts Counts)
{
    /// <summary>How a problem names a cell of an import: <c>row 7, column received</c>.</summary>
    /// <param name="row">The row's number, the header being row 1.</param>
    /// <param name="column">The column's name in the header.</param>
    /// <returns>The path.</returns>
    public static string Cell(int row, string column) => string.Create(CultureInfo.InvariantCulture, $"row {row}, column {column}");
}
