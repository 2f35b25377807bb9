using NodaTime;

namespace FriendlyGov.Application.Units.GetUnitHistory;

/// <summary>One finalized assessment read for a history, with the unit it assessed.</summary>
/// <param name="UnitCode">The unit's code.</param>
/// <param name="UnitExistedFrom">The unit's first day, which with the code names it.</param>
/// <param name="Point">The standing, without its change from the previous point.</param>
internal sealed record FinalStanding(string UnitCode, LocalDate UnitExistedFrom, HistoryPoint Point);
