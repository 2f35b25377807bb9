using System.Text;
using System.Text.Json;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Units;
using FriendlyGov.Frameworks;

namespace FriendlyGov.Cli.Commands;

/// <summary>
/// The units a workbook is made for, from a file: a CSV file whose header is
/// <c>code,name,kind,province</c> (<c>province</c> may be left out or empty), or a JSON array of
/// <c>{ "code", "name", "kind", "province" }</c>. Every bad row is reported at once.
/// </summary>
internal static class UnitList
{
    public static IReadOnlyList<AssessedUnit> ReadFile(string path)
    {
        // A regular file of at most 1 MiB, opened without blocking (InputFile).
        var text = Encoding.UTF8.GetString(InputFile.ReadAll(path, 1024 * 1024, "the units list limit")).TrimStart('\uFEFF').Normalize(NormalizationForm.FormC);
        var problems = new List<Problem>();
        var units = text.TrimStart().StartsWith('[') ? Json(text, problems) : Csv(text, problems);
        if (units.Count == 0 && problems.Count == 0) problems.Add(new Problem(string.Empty, "the list holds no unit"));
        InvalidInputException.ThrowIfAny(problems, path);
        return units;
    }

    private static List<AssessedUnit> Json(string text, List<Problem> problems)
    {
        var units = new List<AssessedUnit>();
        try
        {
            using var json = JsonDocument.Parse(text);
            var i = 0;
            foreach (var element in json.RootElement.EnumerateArray())
            {
                string? Field(string name) => element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
                Add(units, problems, $"$[{i++}]", Field("code"), Field("name"), Field("kind"), Field("province"));
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            problems.Add(new Problem("$", $"not a JSON array of units {{ \"code\", \"name\", \"kind\", \"province\" }}: {MessageText.Printable(ex.Message)}"));
        }

        return units;
    }

    private static List<AssessedUnit> Csv(string text, List<Problem> problems)
    {
        var units = new List<AssessedUnit>();
        var lines = text.TrimStart('\uFEFF').Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var header = Fields(lines[0]);
        int Column(string name) => header.FindIndex(h => h.Equals(name, StringComparison.OrdinalIgnoreCase));
        var (code, name, kind, province) = (Column("code"), Column("name"), Column("kind"), Column("province"));
        if (code < 0 || name < 0 || kind < 0)
        {
            problems.Add(new Problem("row 1", "the header must name the columns code, name and kind (and province, which may be empty)"));
            return units;
        }

        for (var row = 1; row < lines.Count; row++)
        {
            if (string.IsNullOrWhiteSpace(lines[row])) continue;
            var fields = Fields(lines[row]);
            string? At(int column) => column >= 0 && column < fields.Count ? fields[column] : null;
            Add(units, problems, $"row {row + 1}", At(code), At(name), At(kind), At(province));
        }

        return units;
    }

    private static void Add(List<AssessedUnit> units, List<Problem> problems, string place, string? code, string? name, string? kind, string? province)
    {
        var count = problems.Count;
        if (code is null || !AssessedUnit.IsUnitCode(code)) problems.Add(new Problem(place, $"{MessageText.Quote(code)} is not a unit code: the official code has five digits, such as 25996"));
        if (string.IsNullOrWhiteSpace(name)) problems.Add(new Problem(place, "the unit's name is missing"));
        if (kind is null || !UnitKinds.TryParse(kind, out var parsed)) problems.Add(new Problem(place, $"{MessageText.Quote(kind)} is not one of {string.Join(", ", UnitKinds.AllCodes)}"));
        else if (problems.Count == count) units.Add(new AssessedUnit(code!, name!.Trim(), parsed, string.IsNullOrWhiteSpace(province) ? null : province.Trim()));
    }

    // One CSV line's fields: comma-separated, each optionally quoted with "" for a quote inside.
    private static List<string> Fields(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
            else if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) { fields.Add(field.ToString().Trim()); field.Clear(); }
            else field.Append(c);
        }

        fields.Add(field.ToString().Trim());
        return fields;
    }
}
