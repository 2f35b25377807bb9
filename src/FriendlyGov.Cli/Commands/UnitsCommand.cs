using System.CommandLine;
using FriendlyGov.Cli.Output;
using FriendlyGov.Domain;
using FriendlyGov.Frameworks.Units;
using NodaTime;
using NodaTime.Text;

namespace FriendlyGov.Cli.Commands;

/// <summary>
/// <c>friendlygov units list|show|lineage</c>: the built-in unit catalogues of 1 February 2024 and
/// 1 July 2025 and the lineage between them (docs/design.md, "Unit catalogues and lineage").
/// </summary>
/// <remarks>
/// <c>--on DATE</c> picks the catalogue, and so which unit a reused code means; it defaults to
/// today in Vietnam by the clock <see cref="Create"/> is given. Unusable input (a bad or uncovered date, an
/// unknown code or province, a bad lineage file) exits 2 with one line per problem.
/// </remarks>
internal static class UnitsCommand
{
    private const string Name = "friendlygov units";

    /// <summary>The <c>units</c> command and its subcommands.</summary>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error: one line per problem.</param>
    /// <param name="clock">The clock that says what today is.</param>
    /// <param name="width">The width tables are laid out for.</param>
    /// <returns>The command.</returns>
    public static Command Create(TextWriter output, TextWriter error, IClock clock, int width = 120)
    {
        return new Command("units", "Vietnam's commune-level units (đơn vị hành chính cấp xã) of 1 February 2024 and 1 July 2025, and their lineage.")
        {
            List(output, error, clock, width),
            Show(output, error, clock),
            Lineage(output, error, clock),
        };
    }

    private static Option<string?> On() =>
        new("--on") { Description = "The date, YYYY-MM-DD: up to 2025-06-30 the units of 1 February 2024, from 2025-07-01 those of 1 July 2025. Default: today in Vietnam." };

    private static Option<string[]> LineageFiles() =>
        new("--lineage") { Description = "A friendlygov.lineage/1 JSON or lineage CSV file of your own, added to the shipped lineage; may be repeated." };

    private static Argument<string> Code() => new("CODE") { Description = "A five-digit unit code, such as 26041." };

    private static Command List(TextWriter output, TextWriter error, IClock clock, int width)
    {
        var province = new Option<string?>("--province") { Description = "A province's short name (Đồng Nai; either tone placement, Khánh Hoà or Khánh Hòa) or two-digit code (75). Default: every province." };
        var on = On();
        var format = new Option<string>("--format") { Description = "table, json or csv (the columns of the catalogue's own file).", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "csv");
        var command = new Command("list", "List the units on a date, of one province or all.") { province, on, format };
        command.SetAction(parsed => Run(error, () =>
        {
            var date = DateOf(parsed.GetValue(on), clock);
            var catalogue = UnitCatalogue.BuiltIn;
            var units = catalogue.UnitsOn(date);
            string? official = null;
            if (parsed.GetValue(province) is { } given)
            {
                official = catalogue.FindProvince(given, date)
                    ?? throw Refused($"no province '{Printable(given)}' on {Iso(date)} ({catalogue.TitleOn(date)}): write its short name, such as Đồng Nai, or its two-digit code");
                units = catalogue.InProvince(official, date);
            }

            switch (parsed.GetValue(format))
            {
                case "json":
                    UnitsText.WriteJson(units, official, date, catalogue.TitleOn(date), output);
                    break;
                case "csv":
                    UnitsText.WriteCsv(units, date < UnitCatalogue.ReformDate, output);
                    break;
                default:
                    UnitsText.WriteTable(units, $"{official ?? "Việt Nam"} · {Iso(date)} · {catalogue.TitleOn(date)} · {units.Count} units", output, width);
                    break;
            }
        }));
        return command;
    }

    private static Command Show(TextWriter output, TextWriter error, IClock clock)
    {
        var code = Code();
        var on = On();
        var lineage = LineageFiles();
        var command = new Command("show", "Show the unit a code names on a date, and how many units it came from or became.") { code, on, lineage };
        command.SetAction(parsed => Run(error, () =>
        {
            var date = DateOf(parsed.GetValue(on), clock);
            var catalogue = WithLineage(parsed.GetValue(lineage));
            var unit = Find(catalogue, parsed.GetRequiredValue(code), date);
            UnitsText.WriteUnit(unit, catalogue.LineageOf(unit), OtherMeaning(catalogue, unit), output);
        }));
        return command;
    }

    private static Command Lineage(TextWriter output, TextWriter error, IClock clock)
    {
        var code = Code();
        var on = On();
        var lineage = LineageFiles();
        var format = new Option<string>("--format") { Description = "text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("lineage", "The units a unit was formed from and the units it became, with the date and kind of each change.") { code, on, lineage, format };
        command.SetAction(parsed => Run(error, () =>
        {
            var date = DateOf(parsed.GetValue(on), clock);
            var catalogue = WithLineage(parsed.GetValue(lineage));
            var unitLineage = catalogue.LineageOf(Find(catalogue, parsed.GetRequiredValue(code), date));
            if (parsed.GetValue(format) == "json") UnitsText.WriteLineageJson(unitLineage, output);
            else UnitsText.WriteLineage(unitLineage, output);
        }));
        return command;
    }

    /// <summary>Runs an action, turning unusable input into one line per problem and exit code 2.</summary>
    private static int Run(TextWriter error, Action action)
    {
        try
        {
            action();
            return ExitCodes.Success;
        }
        catch (InvalidInputException ex)
        {
            foreach (var line in ex.Lines) error.WriteLine(line);
            return ExitCodes.UnusableInput;
        }
    }

    private static LocalDate DateOf(string? text, IClock clock)
    {
        if (text is null) return VietnamTime.DateAt(clock.GetCurrentInstant());
        var parsed = LocalDatePattern.Iso.Parse(text.Trim());
        if (!parsed.Success) throw Refused($"--on '{Printable(text)}' is not a date: write YYYY-MM-DD, such as 2025-07-01");
        if (!UnitCatalogue.Covers(parsed.Value))
            throw Refused($"the built-in catalogues begin on {Iso(UnitCatalogue.FirstDate)}; {Iso(parsed.Value)} is before them");
        return parsed.Value;
    }

    private static UnitCatalogue WithLineage(string[]? files) =>
        files is { Length: > 0 }
            ? UnitCatalogue.BuiltIn.WithLineage(files.SelectMany(f => LineageReader.ReadAnyFile(f)))
            : UnitCatalogue.BuiltIn;

    private static CatalogueUnit Find(UnitCatalogue catalogue, string code, LocalDate date)
    {
        if (catalogue.Find(code, date) is { } unit) return unit;
        var shown = Printable(code);
        if (!Domain.Units.AssessedUnit.IsUnitCode(code.Trim())) throw Refused($"'{shown}' is not a unit code: five digits, such as 26041");
        var other = date < UnitCatalogue.ReformDate ? UnitCatalogue.ReformDate : UnitCatalogue.LastDayBeforeReform;
        var hint = catalogue.Find(code, other) is { } then
            ? other < date
                ? $"; until {Iso(other)} it named {then.Name}: give --on {Iso(other)}"
                : $"; from {Iso(other)} it names {then.Name}: give --on {Iso(other)}"
            : string.Empty;
        throw Refused($"no unit has the code {shown} on {Iso(date)} ({catalogue.TitleOn(date)}){hint}");
    }

    /// <summary>The unit the same code names on the other side of the reform, if any and different.</summary>
    private static CatalogueUnit? OtherMeaning(UnitCatalogue catalogue, CatalogueUnit unit)
    {
        var other = catalogue.Find(unit.Code, unit.ExistedUntil is null ? UnitCatalogue.LastDayBeforeReform : UnitCatalogue.ReformDate);
        return other is not null && !UnitNames.Same(other.Name, unit.Name) ? other : null;
    }

    private static InvalidInputException Refused(string message) => new([new Problem(string.Empty, message)], Name);

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static string Printable(string text) => MessageText.Printable(text);
}
