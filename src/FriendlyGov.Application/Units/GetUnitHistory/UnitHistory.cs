using FriendlyGov.Domain.Units;
using NodaTime;

namespace FriendlyGov.Application.Units.GetUnitHistory;

/// <summary>A unit's history: which unit it is, its lineage, its results and its predecessors' results.</summary>
/// <param name="UnitCode">The unit's code.</param>
/// <param name="UnitName">The unit's official name.</param>
/// <param name="ExistedFrom">The unit's first day: with the code, which unit this is.</param>
/// <param name="ExistedUntil">The unit's last day, or <see langword="null"/> while it exists.</param>
/// <param name="Predecessors">The units it was formed from, by code; empty when none is recorded (a missing hop for a unit formed by a reform).</param>
/// <param name="Successors">The units it became, by code; empty when none is recorded.</param>
/// <param name="Points">Its own finalized results and its predecessors' (marked), oldest period first.</param>
/// <param name="Baselines">For each period and framework with predecessors' results, what to compare the unit with.</param>
public sealed record UnitHistory(
    string UnitCode,
    string UnitName,
    LocalDate ExistedFrom,
    LocalDate? ExistedUntil,
    IReadOnlyList<UnitChange> Predecessors,
    IReadOnlyList<UnitChange> Successors,
    IReadOnlyList<HistoryPoint> Points,
    IReadOnlyList<PredecessorBaseline> Baselines);
