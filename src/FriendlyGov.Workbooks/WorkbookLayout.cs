namespace FriendlyGov.Workbooks;

/// <summary>How an evidence workbook lays out its units.</summary>
public enum WorkbookLayout
{
    /// <summary>
    /// One sheet per unit, named by its code, with one row per indicator (and one per checklist
    /// item): what a commune officer fills in for their own unit. Written <c>unit-sheets</c>.
    /// </summary>
    UnitSheets,

    /// <summary>
    /// One sheet, <c>units</c>, with one row per unit and the indicators' cells as columns: what an
    /// appraiser fills in for many units at once. Written <c>unit-rows</c>.
    /// </summary>
    UnitRows,
}
