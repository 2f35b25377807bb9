using System.Text;
using CsvHelper;
using FriendlyGov.Domain;

namespace FriendlyGov.Frameworks.Csv;

/// <summary>
/// Reads the CSV formats (dossier statistics, unit lineage) one way: a header row naming the
/// columns in any order, every column required; fields comma-separated, may be quoted, trimmed;
/// blank lines skipped; UTF-8 with or without a byte order mark. Every problem of every row is
/// reported at once, naming the row (the header is row 1) and the column.
/// </summary>
internal static class StrictCsv
{
    /// <summary>Opens a file, turning a missing or unreadable one into a problem naming it.</summary>
    public static StreamReader Open(string path)
    {
        Guard.Against.NullOrWhiteSpace(path);
        try
        {
            return new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidInputException([new Problem(string.Empty, $"cannot be read: {e.Message}")], path);
        }
    }

    /// <summary>
    /// Reads every row with <paramref name="readRow"/> (given the row number, its fields and the
    /// index of each column) and throws every problem found, under <paramref name="document"/>.
    /// </summary>
    public static IReadOnlyList<T> Read<T>(
        TextReader reader,
        string document,
        IReadOnlyList<string> columns,
        Func<int, string[], Dictionary<string, int>, List<Problem>, T?> readRow)
        where T : class
    {
        Guard.Against.Null(reader);
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
        };
        var rows = new List<T>();
        using var csv = CsvReader.Create(reader, options, leaveOpen: true);
        try
        {
            var header = csv.Headers.ToArray();
            if (header.Length == 0 || (header.Length == 1 && header[0].Length == 0))
                throw new InvalidInputException([new Problem(string.Empty, $"is empty: the first row must be the header {string.Join(',', columns)}")], document);
            var index = ReadHeader(header, columns, problems);
            var headerProblems = problems.Count;
            while (headerProblems == 0 && csv.Read())
            {
                var record = Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetString(i) ?? string.Empty).ToArray();
                if (record.Length != index.Count)
                    problems.Add(new Problem($"row {csv.LineNumber}", $"has {record.Length} field(s); the header has {index.Count}"));
                else if (readRow((int)csv.LineNumber, record, index, problems) is { } row)
                    rows.Add(row);
            }
        }
        catch (CsvFormatException e)
        {
            problems.Add(new Problem(e.LineNumber > 0 ? $"row {e.LineNumber}" : string.Empty, $"is not well-formed CSV: {e.Message}"));
        }

        InvalidInputException.ThrowIfAny(problems, document);
        return rows;
    }

    private static Dictionary<string, int> ReadHeader(string[] header, IReadOnlyList<string> columns, List<Problem> problems)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            var name = header[i].TrimStart('\uFEFF');
            if (!columns.Contains(name, StringComparer.Ordinal))
                problems.Add(new Problem("row 1", $"'{name}' is not a column: the columns are {string.Join(',', columns)}"));
            else if (!index.TryAdd(name, i))
                problems.Add(new Problem("row 1", $"column {name} is named twice"));
        }

        foreach (var missing in columns.Where(c => !index.ContainsKey(c)))
            problems.Add(new Problem("row 1", $"column {missing} is missing: the header must name {string.Join(',', columns)}"));
        return index;
    }
}
