namespace FriendlyGov.Frameworks.Units;

/// <summary>
/// What happened to a unit of 2024 on its way to a unit of 2025, derived from all the lineage
/// rows (docs/design.md, "Unit catalogues and lineage").
/// </summary>
/// <remarks>
/// For a row from old unit O to new unit N, where O has <c>s</c> successors and N has <c>p</c>
/// predecessors: <see cref="Split"/> when <c>s</c> ≥ 2; otherwise <see cref="Merged"/> when
/// <c>p</c> ≥ 2; otherwise <see cref="Renamed"/> when the names differ (by
/// <see cref="UnitNames.Key"/>, so a new tone placement alone is no rename); otherwise
/// <see cref="Continued"/>.
/// </remarks>
public enum LineageKind
{
    /// <summary>The old unit was merged, with others, into the new one (sáp nhập).</summary>
    Merged,

    /// <summary>The old unit was split between several new ones (chia tách); the new one may also take in others.</summary>
    Split,

    /// <summary>The old unit became the new one alone, under a new name (đổi tên), its kind prefix included.</summary>
    Renamed,

    /// <summary>The old unit became the new one alone, under the same name; its code or province may differ.</summary>
    Continued,
}
