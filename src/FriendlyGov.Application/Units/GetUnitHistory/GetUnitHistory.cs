using NodaTime;

namespace FriendlyGov.Application.Units.GetUnitHistory;

/// <summary>
/// A unit's history across rounds: the trend of its final total and rating, and the results of the
/// units it was formed from.
/// </summary>
/// <remarks>
/// Who may send it: an officer of the unit, or an appraiser or administrator of the unit's
/// province (rule <c>reader-in-scope</c>).
/// What it returns: the unit with its recorded predecessors and successors; one point per finalized
/// assessment of the unit, from the scorecard kept at finalization, each with the change in total
/// from the unit's point before it; one point per finalized assessment of each predecessor, marked
/// with the change that links it (<see cref="HistoryPoint.Predecessor"/>); and for each period and
/// framework in which predecessors were finalized, a comparison baseline
/// (<see cref="PredecessorBaseline"/>). Points are ordered oldest period first (by the period's
/// first day), the unit's own before its predecessors', predecessors by code. Assessments never
/// finalized are left out; one reopened on appeal shows the scorecard it was last finalized with.
/// Only the direct predecessors are followed, one hop back.
/// What it changes: nothing. What it raises: nothing.
/// </remarks>
/// <param name="UnitCode">The unit's code; a unit must be registered under it.</param>
/// <param name="On">
/// A day in the life of the unit meant, needed only when the code has named several units
/// (26041 was Phường Quyết Thắng until 2025-06-30 and is Phường Trấn Biên from 2025-07-01);
/// without it such a code is refused as ambiguous.
/// </param>
public sealed record GetUnitHistory(string UnitCode, LocalDate? On = null) : IQuery<UnitHistory>;
