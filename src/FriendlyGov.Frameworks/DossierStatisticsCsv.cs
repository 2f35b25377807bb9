using System.Globalization;
using System.Text;
using CsvHelper;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Dossiers;
using FriendlyGov.Domain.Periods;
using FriendlyGov.Domain.Units;

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
    /// <summary>The most problems listed for one file: past them, more lines help nobody.</summary>
    private const int MaxProblems = 100;

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
        Guard.Against.Null(path);
        Guard.Against.Null(limits);
        using var stream = InputFile.OpenRead(path, limits.MaxBytes, "CsvLimits.MaxBytes");
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
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
    public static IReadOnlyList<DossierStatisticsRow> Read(TextReader reader, string document, CsvLimits limits)
    {
        Guard.Against.Null(reader);
        Guard.Against.Null(limits);
        var problems = new List<Problem>();
        var options = CsvReaderOptions.Default with
        {
            Separator = ',',
            HasHeader = true,
            SkipEmptyLines = true,
            TrimWhitespace = true,
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Throw,
            IncludeValuesInExceptions = false,
            // A record is the fields of one row and their separators and quotes.
            MaxRecordSize = RecordSizeFor(limits),
        };
        var rows = new List<DossierStatisticsRow>();
        Exception? cause = null;
        using var limited = new LimitedTextReader(reader, limits.MaxBytes);
        using var csv = CsvReader.Create(limited, options, leaveOpen: true);
        try
        {
            var header = csv.Headers.ToArray();
            if (header.Length == 0 || (header.Length == 1 && header[0].Length == 0))
                throw new InvalidInputException([new Problem(string.Empty, $"is empty: the first row must be the header {string.Join(',', Columns)}")], document);
            var index = ReadHeader(header, problems, limits);
            var headerProblems = problems.Count;
            var read = 0;
            while (headerProblems == 0 && problems.Count < MaxProblems && csv.Read())
            {
                if (++read > limits.MaxRows)
                {
                    problems.Add(new Problem($"row {csv.LineNumber}", $"is past the most rows FriendlyGov reads, {limits.MaxRows:N0} (CsvLimits.MaxRows)"));
                    break;
                }

                var record = Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetString(i) ?? string.Empty).ToArray();
                if (ReadRow((int)csv.LineNumber, record, index, problems, limits) is { } row) rows.Add(row);
            }
        }
        catch (CsvFormatException e)
        {
            cause = e;
            problems.Add(new Problem(e.LineNumber > 0 ? $"row {e.LineNumber}" : string.Empty, $"is not well-formed CSV: {MessageText.Printable(e.Message, 200)}"));
        }
        catch (LimitedTextReader.LimitReachedException e)
        {
            cause = e;
            problems.Add(new Problem(string.Empty, $"is over {limits.MaxBytes:N0} bytes, the most FriendlyGov reads (CsvLimits.MaxBytes)"));
        }

        if (problems.Count > 0) throw new InvalidInputException(problems, document, cause);
        return rows;
    }

    private static int RecordSizeFor(CsvLimits limits) =>
        (int)Math.Min(int.MaxValue, Math.Min(limits.MaxBytes, ((long)limits.MaxFieldLength + 3) * Columns.Count * 4));

    private static Dictionary<string, int> ReadHeader(string[] header, List<Problem> problems, CsvLimits limits)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length && problems.Count < MaxProblems; i++)
        {
            var name = header[i].TrimStart('\uFEFF');
            if (!Columns.Contains(name, StringComparer.Ordinal))
                problems.Add(new Problem("row 1", $"{MessageText.Quote(name, Math.Min(limits.MaxFieldLength, MessageText.DefaultLength))} is not a column: the columns are {string.Join(',', Columns)}"));
            else if (!index.TryAdd(name, i))
                problems.Add(new Problem("row 1", $"column {name} is named twice"));
        }

        foreach (var missing in Columns.Where(c => !index.ContainsKey(c)))
            problems.Add(new Problem("row 1", $"column {missing} is missing: the header must name {string.Join(',', Columns)}"));
        return index;
    }

    private static DossierStatisticsRow? ReadRow(int row, string[] record, Dictionary<string, int> index, List<Problem> problems, CsvLimits limits)
    {
        var before = problems.Count;
        if (record.Length != index.Count)
        {
            problems.Add(new Problem($"row {row}", $"has {record.Length} field(s); the header has {index.Count}"));
            return null;
        }

        foreach (var (column, at) in index)
        {
            if (record[at].Length > limits.MaxFieldLength)
                problems.Add(new Problem(DossierStatisticsRow.Cell(row, column), $"{MessageText.Quote(record[at])} is longer than {limits.MaxFieldLength:N0} characters (CsvLimits.MaxFieldLength)"));
        }

        if (problems.Count > before) return null;

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
