using NodaTime;

namespace FriendlyGov.Frameworks.Units;

/// <summary>One predecessor or successor of a unit, with the day and kind of the change.</summary>
/// <param name="Unit">The predecessor (a unit of 2024) or successor (a unit of 2025).</param>
/// <param name="On">The day the successor took its form: 2025-07-01.</param>
/// <param name="Kind">What happened to the predecessor: merged into, split between, renamed or continued as the successor.</param>
/// <param name="Basis">How the pair is known; may be empty.</param>
public sealed record LineageChange(CatalogueUnit Unit, LocalDate On, LineageKind Kind, string Basis);
