using System.Text;
using CsvHelper;
using FriendlyGov.Domain;

namespace FriendlyGov.Frameworks.Csv;

/// <summary>
/// Reads the CSV formats (dossier statistics, unit lineage) one way: a header row naming the
/// columns in any order, every column required; fields comma-separated, may be quoted, trimmed;
/// blank lines skipped; UTF-8 with or without a byte order mark. Every problem of every row is
/// reported at once (up to 100), naming the row (the header is row 1) and the column, and the
/// <see cref="CsvLimits"/> are kept while streaming, so a hostile file is refused in bounded time
/// and memory.
/// </summary>
internal static class StrictCsv
{
    /// <summary>The most problems listed for one file: past them, more lines help nobody.</summary>
    public const int MaxProblems = 100;

    /// <summary>
    /// Opens a CSV file within <paramref name="limits"/>: only a regular file is opened (a FIFO,
    /// device, socket or directory is refused without blocking, <see cref="InputFile"/>), and one
    /// larger than <see cref="CsvLimits.MaxBytes"/> is refused before it is read.
    /// </summary>
    public static StreamReader Open(string path, CsvLimits limits)
    {
        Guard.Against.Null(path);
        Guard.Against.Null(limits);
        return new StreamReader(InputFile.OpenRead(path, limits.MaxBytes, "CsvLimits.MaxBytes"), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
    }

    /// <summary>
    /// Reads every row with <paramref name="readRow"/> (given the row number, its fields and the
    /// column index, adding its problems) within <paramref name="limits"/>, checked while reading:
    /// no more than <see cref="CsvLimits.MaxBytes"/> characters are read, reading stops at the
    /// first row past <see cref="CsvLimits.MaxRows"/>, and a field longer than
    /// <see cref="CsvLimits.MaxFieldLength"/> is a problem of its cell. Values quoted in problems
    /// have their control characters escaped and are cut short (<see cref="MessageText"/>).
    /// </summary>
    /// <exception cref="InvalidInputException">The text is beyond a limit or has problems; every problem is listed.</exception>
    public static IReadOnlyList<T> Read<T>(
        TextReader reader,
        string document,
        IReadOnlyList<string> columns,
        CsvLimits limits,
        Func<int, string[], Dictionary<string, int>, List<Problem>, T?> readRow)
        where T : class
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
            MaxRecordSize = (int)Math.Min(int.MaxValue, Math.Min(limits.MaxBytes, ((long)limits.MaxFieldLength + 3) * columns.Count * 4)),
        };
        var rows = new List<T>();
        Exception? cause = null;
        using var limited = new LimitedTextReader(reader, limits.MaxBytes);
        using var csv = CsvReader.Create(limited, options, leaveOpen: true);
        try
        {
            var header = csv.Headers.ToArray();
            if (header.Length == 0 || (header.Length == 1 && header[0].Length == 0))
                throw new InvalidInputException([new Problem(string.Empty, $"is empty: the first row must be the header {string.Join(',', columns)}")], document);
            var index = ReadHeader(header, columns, problems, limits);
            var headerProblems = problems.Count;
            var read = 0;
            while (headerProblems == 0 && problems.Count < MaxProblems && csv.Read())
            {
                if (++read > limits.MaxRows)
                {
                    problems.Add(new Problem($"row {csv.LineNumber}", $"is past the most rows FriendlyGov reads, {limits.MaxRows:N0} (CsvLimits.MaxRows)"));
                    break;
                }

                var row = (int)csv.LineNumber;
                var record = Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetString(i) ?? string.Empty).ToArray();
                if (record.Length != index.Count)
                {
                    problems.Add(new Problem($"row {row}", $"has {record.Length} field(s); the header has {index.Count}"));
                    continue;
                }

                var before = problems.Count;
                foreach (var (column, at) in index)
                {
                    if (record[at].Length > limits.MaxFieldLength)
                        problems.Add(new Problem($"row {row}, column {column}", $"{MessageText.Quote(record[at])} is longer than {limits.MaxFieldLength:N0} characters (CsvLimits.MaxFieldLength)"));
                }

                if (problems.Count == before && readRow(row, record, index, problems) is { } value) rows.Add(value);
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

    private static Dictionary<string, int> ReadHeader(string[] header, IReadOnlyList<string> columns, List<Problem> problems, CsvLimits limits)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length && problems.Count < MaxProblems; i++)
        {
            var name = header[i].TrimStart('\uFEFF');
            if (!columns.Contains(name, StringComparer.Ordinal))
                problems.Add(new Problem("row 1", $"{MessageText.Quote(name, Math.Min(limits.MaxFieldLength, MessageText.DefaultLength))} is not a column: the columns are {string.Join(',', columns)}"));
            else if (!index.TryAdd(name, i))
                problems.Add(new Problem("row 1", $"column {name} is named twice"));
        }

        foreach (var missing in columns.Where(c => !index.ContainsKey(c)))
            problems.Add(new Problem("row 1", $"column {missing} is missing: the header must name {string.Join(',', columns)}"));
        return index;
    }
}
