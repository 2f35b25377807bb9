using NodaTime;

namespace FriendlyGov.Domain.Units;

/// <summary>One predecessor or successor of a registered unit: which unit, when and how it changed.</summary>
/// <remarks>
/// A unit is named by its code and the day it took that form (<see cref="ExistedFrom"/>), since a
/// code may be reused by a different unit after a reform: 26041 was Phường Quyết Thắng until
/// 30 June 2025 and is Phường Trấn Biên from 1 July 2025.
/// </remarks>
/// <param name="Code">The other unit's five-digit code.</param>
/// <param name="ExistedFrom">The day the other unit took the form linked, which with the code names it.</param>
/// <param name="Name">The other unit's official name, NFC, for display.</param>
/// <param name="On">The day of the change: the first day of the successor.</param>
/// <param name="Kind">What happened to the predecessor: merged into, split between, renamed or continued as the successor.</param>
public sealed record UnitChange(string Code, LocalDate ExistedFrom, string Name, LocalDate On, UnitChangeKind Kind);
