using System.CommandLine;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Periods;
using FriendlyGov.Domain.Units;
using FriendlyGov.Frameworks;
using FriendlyGov.Frameworks.Units;
using FriendlyGov.Workbooks;

namespace FriendlyGov.Cli.Commands;

/// <summary>
/// <c>friendlygov workbook new</c> makes an evidence workbook to fill in Excel or LibreOffice;
/// <c>friendlygov workbook read</c> turns a filled one into evidence files, all or nothing.
/// </summary>
internal static class WorkbookCommand
{
    /// <summary>
    /// A province's units from the built-in catalogue (<see cref="UnitCatalogue"/>), as they stand on
    /// the last day of <paramref name="period"/>: a 2024 period gets the units of 1 February 2024, a
    /// period ending from 1 July 2025 on the units of the reform.
    /// </summary>
    private static IReadOnlyList<AssessedUnit> UnitsOf(string province, AssessmentPeriod period)
    {
        var on = period.End;
        if (!UnitCatalogue.Covers(on))
            throw new InvalidInputException([new Problem("--province", $"the built-in catalogues begin on {UnitCatalogue.FirstDate:yyyy-MM-dd}; the period {period} ends before: give --units FILE")]);
        var found = UnitCatalogue.BuiltIn.FindProvince(province, on)
            ?? throw new InvalidInputException([new Problem("--province", $"{MessageText.Quote(province)} is not a province on {on:yyyy-MM-dd} ({UnitCatalogue.BuiltIn.TitleOn(on)})")]);
        return [.. UnitCatalogue.BuiltIn.InProvince(found, on).Select(u => u.ToAssessedUnit())];
    }

    /// <summary>The <c>workbook</c> command and its subcommands.</summary>
    public static Command Create(Func<FrameworkLoader> loader, TextWriter output, TextWriter error)
    {
        var framework = new Option<string>("--framework") { Description = "A built-in id@version or a framework file.", Required = true };
        var units = new Option<string?>("--units") { Description = "A CSV file (code,name,kind,province) or a JSON array of units; or give --province." };
        var province = new Option<string?>("--province") { Description = "A province's name (either tone placement) or code: its units from the built-in catalogue, as they stand on the period's last day." };
        var period = new Option<string>("--period") { Description = "The period: 2024, 2024-H1, 2024-Q2 or 2024-05, as the framework's period.", Required = true };
        var outFile = new Option<string>("--out") { Description = "The .xlsx file to write.", Required = true };
        var layout = new Option<string>("--layout") { Description = "unit-sheets (a sheet per unit) or unit-rows (a row per unit, for appraisers).", DefaultValueFactory = _ => "unit-sheets" };
        layout.AcceptOnlyFromAmong("unit-sheets", "unit-rows");
        var create = new Command("new", "Make an evidence workbook for a framework, a period and a list of units.") { framework, units, province, period, outFile, layout };
        create.SetAction(parsed =>
        {
            var resolved = loader().Resolve(parsed.GetRequiredValue(framework));
            var periodText = parsed.GetRequiredValue(period);
            if (!AssessmentPeriod.TryParse(periodText, out var parsedPeriod))
                throw new InvalidInputException([new Problem("--period", $"{MessageText.Quote(periodText)} is not a period: write 2024 (year), 2024-H1 (half-year), 2024-Q2 (quarter) or 2024-05 (month)")]);
            var list = (parsed.GetValue(units), parsed.GetValue(province)) switch
            {
                ({ } file, null) => UnitList.ReadFile(file),
                (null, { } name) => UnitsOf(name, parsedPeriod!),
                _ => throw new InvalidInputException([new Problem("--units", "give exactly one of --units FILE or --province NAME")]),
            };
            var path = parsed.GetRequiredValue(outFile);
            using (var buffer = new MemoryStream())
            {
                EvidenceWorkbook.Write(buffer, resolved, parsedPeriod!, list, parsed.GetValue(layout) == "unit-rows" ? WorkbookLayout.UnitRows : WorkbookLayout.UnitSheets);
                if (!TryWrite(path, buffer.ToArray(), error)) return ExitCodes.UnusableInput;
            }

            output.WriteLine($"{path}: {list.Count} unit(s), {resolved.Id}, {parsedPeriod}");
            return ExitCodes.Success;
        });

        var file = new Argument<string>("WORKBOOK") { Description = "A filled evidence workbook (.xlsx)." };
        var outDirectory = new Option<string>("--out") { Description = "The folder to write one evidence file per unit into (CODE.json).", Required = true };
        var readFramework = new Option<string?>("--framework") { Description = "The framework file the workbook was made for, when it is not a built-in one." };
        var read = new Command("read", "Read a filled evidence workbook into evidence files, all or nothing; every bad cell is named.") { file, outDirectory, readFramework };
        read.SetAction(parsed =>
        {
            var expected = parsed.GetValue(readFramework) is { } reference ? loader().Resolve(reference) : null;
            var evidence = EvidenceWorkbook.ReadFile(parsed.GetRequiredValue(file), loader(), expected);
            var directory = parsed.GetRequiredValue(outDirectory);
            Directory.CreateDirectory(directory);
            foreach (var unit in evidence)
            {
                var target = Path.Combine(directory, $"{unit.Evidence.Unit.Code}.json");
                if (!TryWrite(target, EvidenceWriter.Write(new EvidenceDocument(unit.Framework.Id.ToString(), unit.Evidence)), error)) return ExitCodes.UnusableInput;
                output.WriteLine(target);
            }

            return ExitCodes.Success;
        });

        return new Command("workbook", "Evidence workbooks (.xlsx) to fill in Excel or LibreOffice.") { create, read };
    }

    // Written beside the target first and then moved over it, so a failure leaves no half-written file.
    private static bool TryWrite(string path, byte[] bytes, TextWriter error)
    {
        var staging = path + ".friendlygov-staging";
        try
        {
            File.WriteAllBytes(staging, bytes);
            File.Move(staging, path, overwrite: true);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            if (File.Exists(staging)) File.Delete(staging);
            error.WriteLine($"{path}: cannot be written: {ex.Message}");
            return false;
        }
    }
}
