namespace FriendlyGov.Application.Units.Register;

/// <summary>What registering units did.</summary>
/// <param name="Added">The codes of the units added.</param>
/// <param name="AlreadyRegistered">The codes of the units (same code, same first day) registered before.</param>
public sealed record RegisterUnitsResult(IReadOnlyList<string> Added, IReadOnlyList<string> AlreadyRegistered);
