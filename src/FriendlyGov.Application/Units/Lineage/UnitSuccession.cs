using FriendlyGov.Domain.Units;
using NodaTime;

namespace FriendlyGov.Application.Units.Lineage;

/// <summary>One row of lineage: a unit became, whole or in part, another on a day.</summary>
/// <remarks>
/// The day names both units, whatever codes they reuse: the predecessor is the unit
/// <see cref="PredecessorCode"/> that existed on the day before <see cref="On"/>, the successor the
/// unit <see cref="SuccessorCode"/> that existed on <see cref="On"/>.
/// </remarks>
/// <param name="PredecessorCode">The older unit's code.</param>
/// <param name="SuccessorCode">The newer unit's code.</param>
/// <param name="On">The day of the change: the successor's first day, such as 2025-07-01.</param>
/// <param name="Kind">What happened to the predecessor: merged into, split between, renamed or continued as the successor.</param>
public sealed record UnitSuccession(string PredecessorCode, string SuccessorCode, LocalDate On, UnitChangeKind Kind);
