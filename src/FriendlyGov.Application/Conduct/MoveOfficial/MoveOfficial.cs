using FriendlyGov.Domain.Conduct;
using NodaTime;

namespace FriendlyGov.Application.Conduct.MoveOfficial;

/// <summary>Moves an official to a new role or unit (điều động, luân chuyển) from a date.</summary>
/// <remarks>
/// Who may send it: a province administrator of the new unit's province.
/// What it changes: the official's current posting ends the day before <see cref="From"/>, and a
/// new open-ended posting begins; observations already recorded stay with the unit where they
/// happened. A date not after the current posting's start is refused with a
/// <see cref="WorkflowException"/>.
/// What it raises: nothing.
/// </remarks>
/// <param name="RequestId">The client's id for this request.</param>
/// <param name="Code">The official's code.</param>
/// <param name="UnitCode">The new posting's unit: the one with this code that existed on <see cref="From"/>.</param>
/// <param name="Role">The new role.</param>
/// <param name="From">The first day of the new posting.</param>
public sealed record MoveOfficial(Guid RequestId, string Code, string UnitCode, OfficialRole Role, LocalDate From) : ICommand<Guid>;
