namespace FriendlyGov.Frameworks.Units;

/// <summary>A unit's lineage in both directions: the units it was formed from and the units it became.</summary>
/// <param name="Unit">The unit.</param>
/// <param name="Predecessors">The units of 2024 it was formed from, by code; empty for a unit of 2024 (the catalogues start on 1 February 2024).</param>
/// <param name="Successors">The units of 2025 it became, by code; empty for a unit of 2025.</param>
public sealed record UnitLineage(CatalogueUnit Unit, IReadOnlyList<LineageChange> Predecessors, IReadOnlyList<LineageChange> Successors)
{
    /// <summary>
    /// Whether a hop is missing: a unit of 2024 with no successor, or of 2025 with no predecessor.
    /// Every unit of 2024 ended on 30 June 2025 and every unit of 2025 came from units of 2024, so
    /// an empty side means the lineage data does not know the step, mostly because the unit was
    /// merged between February 2024 and June 2025 and the source names only the intermediate unit.
    /// An app can add the step with <see cref="UnitCatalogue.WithLineage"/>.
    /// </summary>
    public bool MissingHop => Unit.ExistedUntil is null ? Predecessors.Count == 0 : Successors.Count == 0;
}
