namespace FriendlyGov.Frameworks.Units;

/// <summary>
/// One row of lineage: a unit of the 1 February 2024 catalogue became (whole or in part) a unit
/// of the 1 July 2025 catalogue.
/// </summary>
/// <remarks>
/// The shipped rows come from <c>vn-unit-lineage-2025.csv</c>; an app adds its own with
/// <see cref="LineageReader"/> and <see cref="UnitCatalogue.WithLineage"/>. Both units are
/// catalogue units, so a reused code cannot be mistaken for another unit.
/// </remarks>
public sealed record LineageLink
{
    /// <summary>Creates a row.</summary>
    /// <param name="from">The unit of 2024.</param>
    /// <param name="to">The unit of 2025 it became, whole or in part.</param>
    /// <param name="basis">How the pair is known, such as <c>province+district+name</c> or a resolution's number; may be empty.</param>
    /// <exception cref="ArgumentException"><paramref name="from"/> is not of the 2024 catalogue or <paramref name="to"/> not of the 2025 one.</exception>
    public LineageLink(CatalogueUnit from, CatalogueUnit to, string basis)
    {
        Guard.Against.Null(from);
        Guard.Against.Null(to);
        if (!from.ExistsOn(UnitCatalogue.LastDayBeforeReform))
            throw new ArgumentException($"{from} is not a unit of the 1 February 2024 catalogue.", nameof(from));
        if (!to.ExistsOn(UnitCatalogue.ReformDate))
            throw new ArgumentException($"{to} is not a unit of the 1 July 2025 catalogue.", nameof(to));
        From = from;
        To = to;
        Basis = Guard.Against.Null(basis).Trim();
    }

    /// <summary>The unit of 2024.</summary>
    public CatalogueUnit From { get; }

    /// <summary>The unit of 2025 it became, whole or in part.</summary>
    public CatalogueUnit To { get; }

    /// <summary>How the pair is known; may be empty.</summary>
    public string Basis { get; }

    /// <summary>The day of the change: 1 July 2025, when the successor took its form.</summary>
    public static NodaTime.LocalDate On => UnitCatalogue.ReformDate;
}
