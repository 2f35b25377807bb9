using FriendlyGov.Domain.Criteria;
using FriendlyGov.Domain.Criteria.Methods;
using FriendlyGov.Domain.Evidence;
using FriendlyGov.Domain.Units;

namespace FriendlyGov.Workbooks.Evidence;

/// <summary>
/// Where everything sits in an evidence workbook of layout version 1, worked out from the framework
/// and the units alone, so that the writer and the reader agree on every cell.
/// </summary>
/// <remarks>
/// <para><b>unit-sheets</b>: a sheet per unit named by its code. Rows 1–3 name the framework, the
/// unit and the period; row 5 holds the column headers; from row 6, one row per indicator, followed
/// by one row per checklist item. Columns: A id, B Vietnamese title, C English title, D maximum
/// points, E–G self-assessment (value, second figure, note), H–J appraisal (the same), K what to
/// enter.</para>
/// <para><b>unit-rows</b>: one sheet, <c>units</c>, with the column headers in rows 1–4 and one row
/// per unit from row 5: A code, B name, C kind, D province, then the self-assessment's cells of
/// every indicator and then the appraisal's.</para>
/// <para>Both: a sheet <c>conduct</c> lists conduct observations, one per row from row 3; the hidden
/// sheet <c>friendlygov</c> names the framework, its content hash, the layout, the period and the units.</para>
/// </remarks>
internal sealed class EvidenceSheets
{
    /// <summary>The hidden sheet that names the framework and the units.</summary>
    public const string MetaSheet = "friendlygov";

    /// <summary>The sheet of conduct observations.</summary>
    public const string ConductSheet = "conduct";

    /// <summary>The one sheet of the unit-rows layout.</summary>
    public const string UnitRowsSheet = "units";

    /// <summary>The meta sheet's first row of units (row 6 holds their headers).</summary>
    public const int FirstUnitMetaRow = 7;

    /// <summary>The conduct sheet's first row of observations.</summary>
    public const int FirstConductRow = 3;

    /// <summary>unit-sheets: the first indicator row.</summary>
    public const int FirstIndicatorRow = 6;

    /// <summary>unit-rows: the first unit row.</summary>
    public const int FirstUnitRow = 5;

    /// <summary>unit-sheets: the column of what to enter.</summary>
    public const int GuidanceColumn = 11;

    private readonly List<(Indicator Indicator, int Row)> _rows = [];
    private readonly List<(Indicator Indicator, EvidenceSource Source, int Column)> _columns = [];

    public EvidenceSheets(CriteriaFramework framework, WorkbookLayout layout, IReadOnlyList<AssessedUnit> units)
    {
        Framework = framework;
        Layout = layout;
        Units = units;
        var row = FirstIndicatorRow;
        foreach (var indicator in AllIndicators(framework))
        {
            _rows.Add((indicator, row));
            row += 1 + (indicator.Method is ChecklistMethod checklist ? checklist.Items.Count : 0);
        }

        LastIndicatorRow = row - 1;
        var column = 5;
        foreach (var source in new[] { EvidenceSource.Self, EvidenceSource.Appraisal })
        {
            foreach (var indicator in AllIndicators(framework).Where(i => i.Method is EvidenceMethod))
            {
                _columns.Add((indicator, source, column));
                column += ColumnsOf(indicator);
            }
        }

        LastColumn = column - 1;
    }

    public CriteriaFramework Framework { get; }

    public WorkbookLayout Layout { get; }

    public IReadOnlyList<AssessedUnit> Units { get; }

    /// <summary>unit-sheets: the last row of indicators and items.</summary>
    public int LastIndicatorRow { get; }

    /// <summary>unit-rows: the last column of evidence.</summary>
    public int LastColumn { get; }

    /// <summary>unit-sheets: each indicator (conduct ones too, shown read-only) and its row.</summary>
    public IReadOnlyList<(Indicator Indicator, int Row)> IndicatorRows => _rows;

    /// <summary>unit-rows: each indicator's first column per source.</summary>
    public IReadOnlyList<(Indicator Indicator, EvidenceSource Source, int Column)> IndicatorColumns => _columns;

    /// <summary>The layout as the meta sheet writes it.</summary>
    public static string Code(WorkbookLayout layout) => layout == WorkbookLayout.UnitRows ? "unit-rows" : "unit-sheets";

    /// <summary>Reads a layout as the meta sheet writes it.</summary>
    public static bool TryParse(string? code, out WorkbookLayout layout)
    {
        layout = code == "unit-rows" ? WorkbookLayout.UnitRows : WorkbookLayout.UnitSheets;
        return code is "unit-rows" or "unit-sheets";
    }

    /// <summary>The indicators in the framework's order, bonus ones last.</summary>
    public static IEnumerable<Indicator> AllIndicators(CriteriaFramework framework) => framework.Indicators.Concat(framework.Bonus);

    /// <summary>Whether the method reads a second figure: a ratio's denominator, a scale's count.</summary>
    public static bool HasSecond(Indicator indicator) => indicator.Method is RatioMethod or ScaleMethod;

    /// <summary>The sheet that holds a unit's evidence.</summary>
    public string SheetOf(int unit) => Layout == WorkbookLayout.UnitRows ? UnitRowsSheet : Units[unit].Code;

    /// <summary>Every indicator's cells for one unit, both sources, in the framework's order.</summary>
    public IEnumerable<EntryCells> EntriesOf(int unit) => Layout == WorkbookLayout.UnitRows ? RowEntries(unit) : SheetEntries();

    private IEnumerable<EntryCells> SheetEntries()
    {
        foreach (var (indicator, row) in _rows.Where(r => r.Indicator.Method is EvidenceMethod))
        {
            foreach (var (source, first) in new[] { (EvidenceSource.Self, 5), (EvidenceSource.Appraisal, 8) })
            {
                var items = indicator.Method is ChecklistMethod checklist
                    ? checklist.Items.Select((_, i) => new CellAt(row + 1 + i, first)).ToList()
                    : [];
                yield return new EntryCells(
                    indicator,
                    source,
                    items.Count > 0 ? null : new CellAt(row, first),
                    HasSecond(indicator) ? new CellAt(row, first + 1) : null,
                    new CellAt(row, first + 2),
                    items);
            }
        }
    }

    private IEnumerable<EntryCells> RowEntries(int unit)
    {
        var row = FirstUnitRow + unit;
        foreach (var (indicator, source, first) in _columns)
        {
            var items = indicator.Method is ChecklistMethod checklist
                ? checklist.Items.Select((_, i) => new CellAt(row, first + i)).ToList()
                : [];
            var next = first + items.Count + (items.Count > 0 ? 0 : 1);
            CellAt? second = HasSecond(indicator) ? new CellAt(row, next++) : null;
            yield return new EntryCells(indicator, source, items.Count > 0 ? null : new CellAt(row, first), second, new CellAt(row, next), items);
        }
    }

    // unit-rows: value (or one column per checklist item), the second figure where there is one, the note.
    private static int ColumnsOf(Indicator indicator) =>
        (indicator.Method is ChecklistMethod checklist ? checklist.Items.Count : 1) + (HasSecond(indicator) ? 1 : 0) + 1;
}
