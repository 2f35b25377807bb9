using System.Globalization;
using System.Text;
using CsvHelper;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Dossiers;
using FriendlyGov.Domain.Periods;
using FriendlyGov.Domain.Units;
using FriendlyGov.Frameworks.Csv;

namespace FriendlyGov.Frameworks;

/// <summary>
/// Reads dossier statistics from a CSV file (<see href="https://github.com/friendlygov/friendlygov/blob/main/docs/formats.md">docs/formats.md</see>, "Dossier statistics CSV"): a header
/// row naming the columns <c>unitCode,period,received,resolvedOnTime,resolvedLate,overdue,pending,filedOnline</c>
/// in any order, then one row per unit and period.
/// </summary>
/// <remarks>
/// Every problem of every row is reported at once, each naming the file, the row (the header is
/// row 1) and the column: <c>dossiers.csv: row 7, column received: 'abc' is not a whole number</c>.
/// The counts of a row are checked against each other by <see cref="DossierCounts"/>. Fields are
/// comma-separated, may be quoted, and are trimmed; blank lines are skipped; the file is UTF-8,
/// with or without a byte order mark.
/// </remarks>
public static class DossierStatisticsCsv
{
    /// <summary>The columns, in the order written in the documentation.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["unitCode", "period", "received", "resolvedOnTime", "resolvedLate", "overdue", "pending", "filedOnline"];

    /// <summary>Reads a CSV file, within <see cref="CsvLimits.Default"/>.</summary>
    /// <param name="path">The file.</param>
    /// <returns>Its rows, in file order.</returns>
    /// <exception cref="InvalidInputException">The file cannot be read, or has problems; every problem is listed, with the file as document.</exception>
    public static IReadOnlyList<DossierStatisticsRow> ReadFile(string path) => ReadFile(path, CsvLimits.Default);

    /// <summary>
    /// Reads a CSV file within <paramref name="limits"/>: only a regular file is opened (a FIFO,
    /// device, socket or directory is refused without opening it, so nothing blocks), one larger
    /// than <see cref="CsvLimits.MaxBytes"/> is refused before it is read, and the size and row
    /// limits are checked again while reading.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="limits">How much to read at most.</param>
    /// <returns>Its rows, in file order.</returns>
    /// <exception cref="InvalidInputException">The file cannot be read, is beyond a limit, or has problems; every problem is listed, with the file as document.</exception>
    public static IReadOnlyList<DossierStatisticsRow> ReadFile(string path, CsvLimits limits)
    {
        using var reader = StrictCsv.Open(path, limits);
        return Read(reader, MessageText.Printable(path, 260), limits);
    }

    /// <summary>Reads CSV text, within <see cref="CsvLimits.Default"/>.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="document">The file's name, for the problems.</param>
    /// <returns>Its rows, in order.</returns>
    /// <exception cref="InvalidInputException">The text has problems; every problem is listed.</exception>
    public static IReadOnlyList<DossierStatisticsRow> Read(TextReader reader, string document) => Read(reader, document, CsvLimits.Default);

    /// <summary>
    /// Reads CSV text within <paramref name="limits"/>, checked while reading: no more than
    /// <see cref="CsvLimits.MaxBytes"/> characters are read, reading stops at the first row past
    /// <see cref="CsvLimits.MaxRows"/>, and a field longer than <see cref="CsvLimits.MaxFieldLength"/>
    /// is a problem of its row. Values quoted in problems have their control characters escaped
    /// and are cut short (<see cref="MessageText"/>).
    /// </summary>
    /// <param name="reader">The text.</param>
    /// <param name="document">The file's name, for the problems.</param>
    /// <param name="limits">How much to read at most.</param>
    /// <returns>Its rows, in order.</returns>
    /// <exception cref="InvalidInputException">The text is beyond a limit or has problems; every problem is listed.</exception>
    public static IReadOnlyList<DossierStatisticsRow> Read(TextReader reader, string document, CsvLimits limits) =>
        StrictCsv.Read(reader, document, Columns, limits, ReadRow);

    private static DossierStatisticsRow? ReadRow(int row, string[] record, Dictionary<string, int> index, List<Problem> problems)
    {
        var before = problems.Count;
        var unitCode = record[index["unitCode"]];
        if (!AssessedUnit.IsUnitCode(unitCode))
            problems.Add(new Problem(DossierStatisticsRow.Cell(row, "unitCode"), $"{MessageText.Quote(unitCode)} is not a unit code: five digits, such as 25996"));
        var periodText = record[index["period"]];
        if (!AssessmentPeriod.TryParse(periodText, out var period))
            problems.Add(new Problem(DossierStatisticsRow.Cell(row, "period"), $"{MessageText.Quote(periodText)} is not a period: write 2024, 2024-H1, 2024-Q2 or 2024-05"));

        var counts = new int[6];
        for (var i = 0; i < counts.Length; i++)
        {
            var column = Columns[i + 2];
            var text = record[index[column]];
            if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out counts[i]))
                problems.Add(new Problem(DossierStatisticsRow.Cell(row, column), $"{MessageText.Quote(text)} is not a whole number"));
        }

        if (problems.Count > before) return null;
        var countProblems = DossierCounts.Check(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5])
            .Select(p => p with { Path = DossierStatisticsRow.Cell(row, p.Path) })
            .ToList();
        problems.AddRange(countProblems);
        return countProblems.Count > 0
            ? null
            : new DossierStatisticsRow(row, unitCode, period!, new DossierCounts(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5]));
    }
}
