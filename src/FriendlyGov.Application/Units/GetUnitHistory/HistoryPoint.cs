using FriendlyGov.Domain.Units;

namespace FriendlyGov.Application.Units.GetUnitHistory;

/// <summary>One finalized assessment in a unit's history, the unit's own or a predecessor's.</summary>
/// <param name="RoundId">The round.</param>
/// <param name="Framework">The framework it was scored with, <c>id@version</c>.</param>
/// <param name="Period">The period, as written in files (<c>2024</c>, <c>2024-Q2</c>, …).</param>
/// <param name="Total">The final total.</param>
/// <param name="Rating">The final rating's code, after caps.</param>
/// <param name="ChangeFromPrevious">The total minus the previous point's total of the same unit; <see langword="null"/> for its first point.</param>
/// <param name="Predecessor">
/// For a predecessor's result, the predecessor and the change that made it part of the unit (its
/// code, first day, name, the day and kind of the change); <see langword="null"/> for the unit's own.
/// </param>
public sealed record HistoryPoint(Guid RoundId, string Framework, string Period, decimal Total, string Rating, decimal? ChangeFromPrevious, UnitChange? Predecessor = null);
