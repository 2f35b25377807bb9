namespace FriendlyGov.Domain.Units;

/// <summary>What happened to a unit on its way to a successor (docs/design.md, "Unit identity and lineage").</summary>
/// <remarks>
/// The kind is stated by whoever records the lineage; the built-in catalogue's rows are classified
/// over all its rows: split when the old unit has several successors, otherwise merged when the new
/// unit has several predecessors, otherwise renamed when the names differ, otherwise continued.
/// </remarks>
public enum UnitChangeKind
{
    /// <summary>The old unit was merged, with others, into the new one (sáp nhập).</summary>
    Merged,

    /// <summary>The old unit was split between several new ones (chia tách).</summary>
    Split,

    /// <summary>The old unit became the new one alone, under a new name (đổi tên).</summary>
    Renamed,

    /// <summary>The old unit became the new one alone, under the same name; its code or province may differ.</summary>
    Continued,
}
