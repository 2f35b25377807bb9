namespace FriendlyGov.Workbooks;

/// <summary>
/// The limits a workbook must keep to before FriendlyGov reads it, so that a workbook written by
/// mistake or to do harm (a zip bomb, a sheet of a million rows) is refused with a problem, never
/// read into unbounded memory. Sizes are checked from the zip directory before anything is
/// inflated, and again while inflating, since a zip may lie about its sizes.
/// </summary>
/// <remarks>The defaults are far above a real province's workbook: 200 units of 60 indicators
/// is about 2 MB inflated and 13,000 rows.</remarks>
public sealed record WorkbookLimits
{
    /// <summary>The defaults.</summary>
    public static WorkbookLimits Default { get; } = new();

    /// <summary>The most bytes of the <c>.xlsx</c> file itself; default 10 MiB.</summary>
    public long MaxBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>The most bytes all parts take once inflated; default 100 MiB.</summary>
    public long MaxInflatedBytes { get; init; } = 100 * 1024 * 1024;

    /// <summary>The highest ratio of a part's inflated to compressed size, for parts above 1 MiB inflated; default 100.</summary>
    public int MaxCompressionRatio { get; init; } = 100;

    /// <summary>The most parts (zip entries); default 2,000.</summary>
    public int MaxParts { get; init; } = 2_000;

    /// <summary>The most sheets; default 1,000.</summary>
    public int MaxSheets { get; init; } = 1_000;

    /// <summary>The most rows one sheet may use; default 100,000.</summary>
    public int MaxRows { get; init; } = 100_000;

    /// <summary>The most columns one sheet may use; default 2,000.</summary>
    public int MaxColumns { get; init; } = 2_000;

    /// <summary>The most cells with a value in the whole workbook; default 1,000,000.</summary>
    public int MaxCells { get; init; } = 1_000_000;
}
