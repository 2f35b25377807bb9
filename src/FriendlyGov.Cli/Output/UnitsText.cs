using System.Text.Encodings.Web;
using System.Text.Json;
using FriendlyGov.Domain.Units;
using FriendlyGov.Frameworks.Units;
using NodaTime;
using NodaTime.Text;
using Spectre.Console;

namespace FriendlyGov.Cli.Output;

/// <summary>Writes catalogue units and their lineage as tables, CSV, JSON and text, with Vietnamese names intact.</summary>
internal static class UnitsText
{
    private static readonly JsonWriterOptions JsonOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    /// <summary>A table of units under a title line.</summary>
    public static void WriteTable(IReadOnlyList<CatalogueUnit> units, string title, TextWriter output, int width)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = width;
        var withDistrict = units.Any(u => u.District is not null);
        var table = new Table { Border = TableBorder.Simple, Expand = false, Title = new TableTitle(Markup.Escape(title)) };
        table.AddColumn("Mã / Code");
        table.AddColumn("Tên / Name");
        table.AddColumn("Loại / Kind");
        if (withDistrict) table.AddColumn("Huyện / District");
        table.AddColumn("Tỉnh / Province");
        foreach (var unit in units)
        {
            string[] cells = withDistrict
                ? [unit.Code, unit.Name, unit.Kind.ToCode(), unit.District ?? string.Empty, unit.Province]
                : [unit.Code, unit.Name, unit.Kind.ToCode(), unit.Province];
            table.AddRow([.. cells.Select(c => new Text(c))]);
        }

        console.Write(table);
    }

    /// <summary>
    /// Units as CSV with the columns of the catalogue's own file: with the district columns before
    /// the reform, without them from it. No catalogue value holds a comma or a quote; a value that
    /// did would be quoted.
    /// </summary>
    public static void WriteCsv(IReadOnlyList<CatalogueUnit> units, bool withDistrict, TextWriter output)
    {
        output.Write(withDistrict
            ? "code,name,kind,district_code,district_name,province_code,province_name\n"
            : "code,name,kind,province_code,province_name\n");
        foreach (var unit in units)
        {
            string[] cells = withDistrict
                ? [unit.Code, unit.Name, unit.Kind.ToCode(), unit.DistrictCode ?? string.Empty, unit.District ?? string.Empty, unit.ProvinceCode, unit.Province]
                : [unit.Code, unit.Name, unit.Kind.ToCode(), unit.ProvinceCode, unit.Province];
            output.Write(string.Join(',', cells.Select(Csv)));
            output.Write('\n');
        }
    }

    /// <summary>Units as JSON: <c>{ "province", "on", "catalogue", "count", "units": [ … ] }</c>.</summary>
    public static void WriteJson(IReadOnlyList<CatalogueUnit> units, string? province, LocalDate date, string catalogue, TextWriter output) =>
        Json(output, writer =>
        {
            writer.WriteStartObject();
            if (province is null) writer.WriteNull("province");
            else writer.WriteString("province", province);
            writer.WriteString("on", Iso(date));
            writer.WriteString("catalogue", catalogue);
            writer.WriteNumber("count", units.Count);
            writer.WriteStartArray("units");
            foreach (var unit in units) Unit(writer, unit);
            writer.WriteEndArray();
            writer.WriteEndObject();
        });

    /// <summary>One unit in a few lines, with the size of its lineage.</summary>
    public static void WriteUnit(CatalogueUnit unit, UnitLineage lineage, CatalogueUnit? otherMeaning, TextWriter output)
    {
        output.WriteLine($"{unit.Code} {unit.Name}");
        output.WriteLine($"  Loại / Kind: {unit.Kind.Title().Vi} / {unit.Kind.Title().En} ({unit.Kind.ToCode()})");
        if (unit.District is not null) output.WriteLine($"  Huyện / District: {unit.District} ({unit.DistrictCode})");
        output.WriteLine($"  Tỉnh / Province: {unit.Province} ({unit.ProvinceCode})");
        output.WriteLine($"  Thời gian / Listed: {Span(unit)}");
        output.WriteLine(unit.ExistedUntil is null
            ? $"  Hình thành từ / Formed from: {Count(lineage.Predecessors.Count, "unit of 2024", "units of 2024")}{Gap(lineage)}"
            : $"  Trở thành / Became: {Count(lineage.Successors.Count, "unit of 2025", "units of 2025")}{Gap(lineage)}");
        if (otherMeaning is not null)
            output.WriteLine($"  Mã dùng lại / Code reused: {Span(otherMeaning)} it {(otherMeaning.ExistedUntil is null ? "names" : "named")} {otherMeaning.Name}");
    }

    /// <summary>A unit's predecessors and successors, with the date and kind of each change.</summary>
    public static void WriteLineage(UnitLineage lineage, TextWriter output)
    {
        var unit = lineage.Unit;
        output.WriteLine($"{unit.Code} {unit.Name} ({Place(unit)}), {Span(unit)}");
        if (unit.ExistedUntil is null)
        {
            output.WriteLine($"Hình thành từ / Formed from, on {Iso(UnitCatalogue.ReformDate)}:");
            Changes(lineage.Predecessors, output);
            output.WriteLine("Trở thành / Became: — (a unit of today's map)");
        }
        else
        {
            output.WriteLine($"Hình thành từ / Formed from: — (the catalogues begin on {Iso(UnitCatalogue.FirstDate)})");
            output.WriteLine($"Trở thành / Became, on {Iso(UnitCatalogue.ReformDate)}:");
            Changes(lineage.Successors, output);
        }
    }

    /// <summary>A unit's lineage as JSON: <c>{ "unit", "predecessors": [ … ], "successors": [ … ], "missingHop" }</c>.</summary>
    public static void WriteLineageJson(UnitLineage lineage, TextWriter output) =>
        Json(output, writer =>
        {
            writer.WriteStartObject();
            writer.WritePropertyName("unit");
            Unit(writer, lineage.Unit);
            ChangesJson(writer, "predecessors", lineage.Predecessors);
            ChangesJson(writer, "successors", lineage.Successors);
            writer.WriteBoolean("missingHop", lineage.MissingHop);
            writer.WriteEndObject();
        });

    private static void Changes(IReadOnlyList<LineageChange> changes, TextWriter output)
    {
        if (changes.Count == 0)
        {
            output.WriteLine("  none known: the lineage has no row for this unit (a missing hop, such as a merger between February 2024 and June 2025); add one with --lineage FILE");
            return;
        }

        foreach (var change in changes)
            output.WriteLine($"  {change.Unit.Code} {change.Unit.Name} ({Place(change.Unit)}): {KindText(change.Kind)}");
    }

    private static void ChangesJson(Utf8JsonWriter writer, string name, IReadOnlyList<LineageChange> changes)
    {
        writer.WriteStartArray(name);
        foreach (var change in changes)
        {
            writer.WriteStartObject();
            writer.WriteString("on", Iso(change.On));
            writer.WriteString("kind", change.Kind.ToString().ToLowerInvariant());
            writer.WriteString("basis", change.Basis);
            writer.WritePropertyName("unit");
            Unit(writer, change.Unit);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void Unit(Utf8JsonWriter writer, CatalogueUnit unit)
    {
        writer.WriteStartObject();
        writer.WriteString("code", unit.Code);
        writer.WriteString("name", unit.Name);
        writer.WriteString("kind", unit.Kind.ToCode());
        if (unit.District is not null)
        {
            writer.WriteString("districtCode", unit.DistrictCode);
            writer.WriteString("district", unit.District);
        }

        writer.WriteString("provinceCode", unit.ProvinceCode);
        writer.WriteString("province", unit.Province);
        writer.WriteString("existedFrom", Iso(unit.ExistedFrom));
        if (unit.ExistedUntil is { } until) writer.WriteString("existedUntil", Iso(until));
        else writer.WriteNull("existedUntil");
        writer.WriteEndObject();
    }

    private static void Json(TextWriter output, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, JsonOptions)) write(writer);
        output.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        output.Write('\n');
    }

    private static string KindText(LineageKind kind) => kind switch
    {
        LineageKind.Merged => "sáp nhập / merged",
        LineageKind.Split => "chia tách / split",
        LineageKind.Renamed => "đổi tên / renamed",
        LineageKind.Continued => "giữ tên / continued",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static string Place(CatalogueUnit unit) => unit.District is null ? unit.Province : $"{unit.District}, {unit.Province}";

    private static string Span(CatalogueUnit unit) =>
        unit.ExistedUntil is { } until ? $"{Iso(unit.ExistedFrom)} to {Iso(until)}" : $"from {Iso(unit.ExistedFrom)}";

    private static string Count(int count, string one, string many) => count == 1 ? $"1 {one}" : $"{count} {many}";

    private static string Gap(UnitLineage lineage) => lineage.MissingHop ? " (a missing hop: the lineage has no row for this unit)" : string.Empty;

    private static string Csv(string value) =>
        value.AsSpan().IndexOfAny(",\"\n\r") < 0 ? value : $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
