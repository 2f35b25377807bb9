using System.Globalization;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Conduct;
using FriendlyGov.Domain.Criteria;
using FriendlyGov.Domain.Evidence;
using FriendlyGov.Domain.Periods;
using FriendlyGov.Domain.Units;
using FriendlyGov.Frameworks;
using FriendlyGov.Workbooks.Xlsx;
using NodaTime;
using NodaTime.Text;

namespace FriendlyGov.Workbooks.Evidence;

/// <summary>
/// Reads the evidence of every unit of an evidence workbook. Cells become the same
/// <see cref="UnitEvidence"/> an evidence file gives, and the scoring engine checks them as it
/// checks a file; its problems, which name JSON paths, are turned back into the cells they came from.
/// </summary>
internal sealed class EvidenceWorkbookReader(WorkbookArchive archive, FrameworkLoader loader, List<Problem> problems)
{
    private static readonly LocalDate SpreadsheetEpoch = new(1899, 12, 30);
    private readonly Dictionary<string, Dictionary<string, CellValue>> _sheets = new(StringComparer.Ordinal);

    public (CriteriaFramework Framework, IReadOnlyList<UnitEvidence> Units)? Read(CriteriaFramework? expected)
    {
        var meta = archive.Sheets.FirstOrDefault(s => s.Name == EvidenceSheets.MetaSheet);
        if (meta is null)
        {
            problems.Add(new Problem(string.Empty, $"the workbook was not made by FriendlyGov: it lacks the hidden sheet '{EvidenceSheets.MetaSheet}' that names its framework (make one with 'friendlygov workbook new')"));
            return null;
        }

        var cells = Cells(meta.Name);
        if (problems.Count > 0) return null;
        string Meta(int row) => cells.GetValueOrDefault(CellReference.Of(row, 2))?.Text ?? string.Empty;
        string MetaPlace(int row, int column = 2) => WorkbookArchive.Place(meta.Name, CellReference.Of(row, column));
        if (Meta(1) != EvidenceWorkbook.FormatName)
        {
            problems.Add(new Problem(MetaPlace(1), $"{MessageText.Quote(Meta(1))} is not {EvidenceWorkbook.FormatName}: the workbook was made by another version of FriendlyGov, or changed"));
            return null;
        }

        var framework = Framework(Meta(2), Meta(3), MetaPlace(2), expected);
        if (!EvidenceSheets.TryParse(Meta(4), out var layout)) problems.Add(new Problem(MetaPlace(4), $"{MessageText.Quote(Meta(4))} is not a layout: unit-sheets or unit-rows"));
        if (!AssessmentPeriod.TryParse(Meta(5), out var period)) problems.Add(new Problem(MetaPlace(5), $"{MessageText.Quote(Meta(5))} is not a period"));
        var units = new List<AssessedUnit>();
        var unitSheets = new List<string>();
        for (var row = EvidenceSheets.FirstUnitMetaRow; cells.ContainsKey(CellReference.Of(row, 2)); row++)
        {
            string Text(int column) => cells.GetValueOrDefault(CellReference.Of(row, column))?.Text ?? string.Empty;
            if (!AssessedUnit.IsUnitCode(Text(2)) || !UnitKinds.TryParse(Text(4), out var kind) || Text(3).Length == 0)
            {
                problems.Add(new Problem(MetaPlace(row, 1), "the unit's code, name or kind was changed: make the workbook anew"));
                continue;
            }

            units.Add(new AssessedUnit(Text(2), Text(3), kind, Text(5).Length == 0 ? null : Text(5)));
            unitSheets.Add(Text(1));
        }

        if (framework is null || period is null || problems.Count > 0) return null;
        var sheets = new EvidenceSheets(framework, layout, units);
        var conduct = ReadConduct(framework, units);
        var read = new List<UnitEvidence>();
        var engine = loader.EngineFor(framework);
        for (var u = 0; u < units.Count; u++)
        {
            var sheetName = sheets.SheetOf(u);
            if (archive.Sheets.All(s => s.Name != sheetName))
            {
                problems.Add(new Problem(WorkbookArchive.Place(sheetName, null), $"the sheet of unit {units[u].Code} is missing (was it renamed or deleted?)"));
                continue;
            }

            var places = new Dictionary<string, string>(StringComparer.Ordinal) { ["period"] = MetaPlace(5), ["unit.kind"] = MetaPlace(EvidenceSheets.FirstUnitMetaRow + u, 4) };
            var self = new Dictionary<string, IndicatorEvidence>(StringComparer.Ordinal);
            var appraised = new Dictionary<string, IndicatorEvidence>(StringComparer.Ordinal);
            var unitCells = Cells(sheetName);
            if (layout == WorkbookLayout.UnitRows) CheckUnitRow(unitCells, sheetName, units[u], EvidenceSheets.FirstUnitRow + u);
            foreach (var entry in sheets.EntriesOf(u))
            {
                var section = entry.Source == EvidenceSource.Self ? "indicators" : "appraised";
                var path = JsonPath.Combine(section, JsonPath.Key(entry.Indicator.Id));
                var evidence = EntryCodec.Read(
                    entry,
                    at => unitCells.GetValueOrDefault(at.ToString()),
                    path,
                    (p, at) => places[p] = WorkbookArchive.Place(sheetName, at.ToString()),
                    problems,
                    at => WorkbookArchive.Place(sheetName, at.ToString()));
                if (evidence is not null) (entry.Source == EvidenceSource.Self ? self : appraised)[entry.Indicator.Id] = evidence;
            }

            var breaches = conduct.Where(c => c.Unit == units[u].Code).ToList();
            for (var i = 0; i < breaches.Count; i++)
            {
                foreach (var (field, column) in new[] { ("rule", 2), ("on", 6) })
                    places[$"conduct[{i}].{field}"] = WorkbookArchive.Place(EvidenceSheets.ConductSheet, CellReference.Of(breaches[i].Row, column));
                places[$"conduct[{i}]"] = WorkbookArchive.Place(EvidenceSheets.ConductSheet, CellReference.Of(breaches[i].Row, 1));
            }

            var unitEvidence = new UnitEvidence(units[u], period, self, appraised) { Conduct = [.. breaches.Select(b => b.Breach)] };
            // A cell already refused (not a number, not yes or no) is left out of the evidence; the
            // engine's complaint that its field is then missing would say the same thing twice.
            var refused = problems.Select(p => p.Path).ToHashSet(StringComparer.Ordinal);
            problems.AddRange(engine.Check(unitEvidence).Select(p => new Problem(PlaceOf(p.Path, places, sheetName), p.Message)).Where(p => !refused.Contains(p.Path)));
            read.Add(unitEvidence);
        }

        return problems.Count > 0 ? null : (framework, read);
    }

    // A problem's JSON path, or the nearest enclosing one, named as the cell it came from.
    private static string PlaceOf(string path, Dictionary<string, string> places, string sheet)
    {
        for (var p = path; p.Length > 0;)
        {
            if (places.TryGetValue(p, out var place)) return place;
            var cut = Math.Max(p.LastIndexOf('.'), p.LastIndexOf('['));
            p = cut > 0 ? p[..cut] : string.Empty;
        }

        return $"{WorkbookArchive.Place(sheet, null)}: {path}";
    }

    private CriteriaFramework? Framework(string reference, string hash, string place, CriteriaFramework? expected)
    {
        if (!FrameworkId.TryParse(reference, out var id))
        {
            problems.Add(new Problem(place, $"{MessageText.Quote(reference)} is not a framework's name id@version"));
            return null;
        }

        if (expected is not null && !expected.Id.Equals(id))
        {
            problems.Add(new Problem(place, $"the workbook was made for {id}, not for {expected.Id}: make a workbook for {expected.Id} with 'friendlygov workbook new'"));
            return null;
        }

        // A workbook names its framework; without one given, only a built-in framework is looked up,
        // never a file named after what the workbook says.
        var framework = expected;
        if (framework is null)
        {
            if (!BuiltInFrameworks.TryGet(id!, out var builtIn))
            {
                problems.Add(new Problem(place, $"the workbook was made for {id}, which is not a built-in framework: give its framework file (--framework FILE)"));
                return null;
            }

            framework = builtIn;
        }

        var actual = EvidenceWorkbook.ContentHash(framework);
        if (!string.Equals(actual, hash, StringComparison.Ordinal))
        {
            problems.Add(new Problem(place, $"the workbook was made for {id} with content sha256 {Short(hash)}, but {framework.Id} here has content sha256 {Short(actual)}: the framework changed since; make the workbook anew"));
            return null;
        }

        return framework;
    }

    private static string Short(string hash) => hash.Length > 12 ? hash[..12] + "…" : MessageText.Printable(hash);

    private void CheckUnitRow(Dictionary<string, CellValue> cells, string sheet, AssessedUnit unit, int row)
    {
        var code = cells.GetValueOrDefault(CellReference.Of(row, 1));
        if (code?.Text != unit.Code && code?.Number?.ToString(CultureInfo.InvariantCulture) != unit.Code)
            problems.Add(new Problem(WorkbookArchive.Place(sheet, CellReference.Of(row, 1)), $"expected unit {unit.Code} on this row, found {(code is null ? "nothing" : code.Shown)}: rows must not be moved or sorted"));
    }

    private List<(string Unit, int Row, ConductBreach Breach)> ReadConduct(CriteriaFramework framework, List<AssessedUnit> units)
    {
        var read = new List<(string, int, ConductBreach)>();
        if (framework.ConductCode is null || archive.Sheets.All(s => s.Name != EvidenceSheets.ConductSheet)) return read;
        var cells = Cells(EvidenceSheets.ConductSheet);
        var rows = cells.Values.Select(c => CellReference.TryParse(c.Reference, out var r, out var col) && col <= 6 && !c.IsBlank ? r : 0)
            .Where(r => r >= EvidenceSheets.FirstConductRow).Distinct().Order();
        foreach (var row in rows)
        {
            var count = problems.Count;
            string Place(int column) => WorkbookArchive.Place(EvidenceSheets.ConductSheet, CellReference.Of(row, column));
            string? Text(int column)
            {
                var cell = cells.GetValueOrDefault(CellReference.Of(row, column));
                if (EntryCodec.IsBlank(cell))
                {
                    problems.Add(new Problem(Place(column), "is empty: an observation needs its unit, rule, official, role, status and date"));
                    return null;
                }

                return EntryCodec.Text(cell!, Place(column), problems);
            }

            var unit = Text(1);
            var rule = Text(2);
            var official = Text(3);
            var role = Text(4);
            var status = Text(5);
            var on = Date(cells.GetValueOrDefault(CellReference.Of(row, 6)), Place(6));
            if (unit is not null && units.All(u => u.Code != unit))
                problems.Add(new Problem(Place(1), $"{MessageText.Quote(unit)} is not a unit of this workbook: {string.Join(", ", units.Select(u => u.Code))}"));
            if (official is not null && !Official.IsCode(official))
                problems.Add(new Problem(Place(3), $"{MessageText.Quote(official)} is not an official's code: use letters, digits and '-'"));
            OfficialRole parsedRole = default;
            if (role is not null && !OfficialRoles.TryParse(role, out parsedRole))
                problems.Add(new Problem(Place(4), $"{MessageText.Quote(role)} is not one of {string.Join(", ", OfficialRoles.AllCodes)}"));
            ObservationStatus parsedStatus = default;
            if (status is not null && !ObservationCodes.TryParseStatus(status, out parsedStatus))
                problems.Add(new Problem(Place(5), $"{MessageText.Quote(status)} is not one of {string.Join(", ", ObservationCodes.AllStatusCodes)}"));
            if (problems.Count == count)
                read.Add((unit!, row, new ConductBreach(rule!, official!, parsedRole, parsedStatus, on!.Value)));
        }

        return read;
    }

    private LocalDate? Date(CellValue? cell, string place)
    {
        if (EntryCodec.IsBlank(cell))
        {
            problems.Add(new Problem(place, "is empty: an observation needs its unit, rule, official, role, status and date"));
            return null;
        }

        if (cell!.Number is { } serial && EntryCodec.IsWholeDay(serial) && serial is > 0 and < 2_958_466m)
            return SpreadsheetEpoch.PlusDays((int)serial);
        if (cell.Text is { } text && LocalDatePattern.Iso.Parse(text.Trim()) is { Success: true } parsed) return parsed.Value;
        problems.Add(new Problem(place, $"{cell.Shown} is not a date: write it as 2024-05-02"));
        return null;
    }

    private Dictionary<string, CellValue> Cells(string sheet)
    {
        if (_sheets.TryGetValue(sheet, out var cells)) return cells;
        return _sheets[sheet] = archive.ReadSheet(archive.Sheets.First(s => s.Name == sheet), problems);
    }
}
