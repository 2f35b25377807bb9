namespace FriendlyGov.Application.Units.GetUnitHistory;

/// <summary>A unit's history across rounds: the trend of its final total and rating.</summary>
/// <remarks>
/// Who may send it: an officer of the unit, or an appraiser or administrator of the unit's
/// province (rule <c>reader-in-scope</c>).
/// What it returns: one point per finalized assessment of the unit, from the scorecard kept at
/// finalization, oldest period first (by the period's first day), each with the change in total
/// from the point before it. Assessments never finalized are left out; one reopened on appeal
/// shows the scorecard it was last finalized with.
/// What it changes: nothing. What it raises: nothing.
/// </remarks>
/// <param name="UnitCode">The unit; it must be registered.</param>
public sealed record GetUnitHistory(string UnitCode) : IQuery<IReadOnlyList<HistoryPoint>>;
