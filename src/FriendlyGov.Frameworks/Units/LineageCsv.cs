using System.Text;
using FriendlyGov.Domain;
using FriendlyGov.Frameworks.Csv;

namespace FriendlyGov.Frameworks.Units;

/// <summary>
/// Reads lineage rows from CSV with the columns of the shipped <c>vn-unit-lineage-2025.csv</c>
/// (docs/formats.md, "Unit lineage"): <c>code_2024,name_2024,province_2024,code_2025,name_2025,province_2025,matched_by</c>.
/// </summary>
/// <remarks>
/// Columns may come in any order; every one is required. Each row joins a unit of the
/// 1 February 2024 catalogue to a unit of the 1 July 2025 catalogue: both codes must be listed
/// there, with the names and provinces given (compared as <see cref="UnitNames"/> does).
/// <c>matched_by</c> says how the pair is known and may be empty. Every problem is reported at
/// once, naming the file, the row (the header is row 1) and the column; nothing is returned
/// when there is one.
/// </remarks>
public static class LineageCsv
{
    /// <summary>The columns, in the order of the shipped file.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["code_2024", "name_2024", "province_2024", "code_2025", "name_2025", "province_2025", "matched_by"];

    /// <summary>Reads a lineage CSV file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="catalogue">The catalogue whose units the rows name; <see cref="UnitCatalogue.BuiltIn"/> when <see langword="null"/>.</param>
    /// <returns>The rows, in file order.</returns>
    /// <exception cref="InvalidInputException">The file cannot be read or has problems; every problem is listed, with the file as document.</exception>
    public static IReadOnlyList<LineageLink> ReadFile(string path, UnitCatalogue? catalogue = null)
    {
        using var reader = StrictCsv.Open(path, CsvLimits.Default);
        return Read(reader, path, catalogue);
    }

    /// <summary>Reads lineage CSV text.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="document">The file's name, for the problems.</param>
    /// <param name="catalogue">The catalogue whose units the rows name; <see cref="UnitCatalogue.BuiltIn"/> when <see langword="null"/>.</param>
    /// <returns>The rows, in order.</returns>
    /// <exception cref="InvalidInputException">The text has problems; every problem is listed.</exception>
    public static IReadOnlyList<LineageLink> Read(TextReader reader, string document, UnitCatalogue? catalogue = null)
    {
        var resolveAgainst = catalogue ?? UnitCatalogue.BuiltIn;
        return StrictCsv.Read(reader, document, Columns, CsvLimits.Default, (row, record, index, problems) => ReadRow(row, record, index, resolveAgainst, problems));
    }

    private static LineageLink? ReadRow(int row, string[] record, Dictionary<string, int> index, UnitCatalogue catalogue, List<Problem> problems)
    {
        var from = End(row, record, index, "2024").Resolve(catalogue, UnitCatalogue.LastDayBeforeReform, problems);
        var to = End(row, record, index, "2025").Resolve(catalogue, UnitCatalogue.ReformDate, problems);
        return from is null || to is null ? null : new LineageLink(from, to, record[index["matched_by"]].Normalize(NormalizationForm.FormC));
    }

    private static LineageEnd End(int row, string[] record, Dictionary<string, int> index, string year)
    {
        string Column(string name) => $"{name}_{year}";
        string Cell(string name) => $"row {row}, column {Column(name)}";
        string Value(string name) => record[index[Column(name)]].Normalize(NormalizationForm.FormC);
        return new LineageEnd(Value("code"), Value("name"), Value("province"), Cell("code"), Cell("name"), Cell("province"));
    }
}
