using NodaTime;

namespace FriendlyGov.Application.Sessions.HoldSession;

/// <summary>Records a "Morning with the People" session (Buổi sáng với nhân dân) a unit held, with the issues people raised.</summary>
/// <remarks>
/// Who may send it: the unit's officer, or a province administrator of its province.
/// What it changes: adds the session. The chair must be a registered official serving in the
/// unit that day; their role there (head or not) is kept with the session. The date may not be
/// after today in Vietnam, and a unit holds at most one session a day.
/// What it raises: nothing.
/// </remarks>
/// <param name="RequestId">The client's id for this request.</param>
/// <param name="UnitCode">The unit: the one with this code that existed on <see cref="HeldOn"/>.</param>
/// <param name="HeldOn">The date of the session.</param>
/// <param name="ChairCode">The official who chaired it.</param>
/// <param name="Attendance">How many people attended; 0 or more.</param>
/// <param name="Issues">The issues raised, in order; each with a deadline not before <see cref="HeldOn"/>.</param>
public sealed record HoldSession(Guid RequestId, string UnitCode, LocalDate HeldOn, string ChairCode, int Attendance, IReadOnlyList<SessionIssue> Issues) : ICommand<Guid>;
