namespace FriendlyGov.Application.Units.Register;

/// <summary>
/// Registers commune-level units for assessment (or updates nothing for a unit already registered).
/// </summary>
/// <remarks>
/// Who may send it: a province administrator, for units of their own province.
/// What it changes: adds each unit not yet registered; a unit is its code and first day
/// (<c>ExistedFrom</c>), so a code reused after a reform is a new unit beside the old one, whose
/// history never mixes with it. A unit already registered (same code, same first day) is left as it
/// is. A form of the code still open when a later one is registered ends the day before the later
/// begins; any other overlap of two units of one code is refused, and nothing is registered.
/// What it raises: nothing.
/// </remarks>
/// <param name="RequestId">The client's id for this request.</param>
/// <param name="Units">The units.</param>
public sealed record RegisterUnits(Guid RequestId, IReadOnlyList<UnitRegistration> Units) : ICommand<RegisterUnitsResult>;
