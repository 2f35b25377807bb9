namespace FriendlyGov.Application.Units.Register;

/// <summary>
/// Registers commune-level units for assessment (or updates nothing for a code already registered).
/// </summary>
/// <remarks>
/// Who may send it: a province administrator, for units of their own province.
/// What it changes: adds each unit not yet registered; a code already registered is left as it is.
/// What it raises: nothing.
/// </remarks>
/// <param name="RequestId">The client's id for this request.</param>
/// <param name="Units">The units.</param>
public sealed record RegisterUnits(Guid RequestId, IReadOnlyList<UnitRegistration> Units) : ICommand<RegisterUnitsResult>;
