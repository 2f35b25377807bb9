namespace FriendlyGov.Application.Units.Register;

/// <summary>What registering units did.</summary>
/// <param name="Added">The codes added.</param>
/// <param name="AlreadyRegistered">The codes that were registered before.</param>
public sealed record RegisterUnitsResult(IReadOnlyList<string> Added, IReadOnlyList<string> AlreadyRegistered);
