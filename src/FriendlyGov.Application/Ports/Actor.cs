namespace FriendlyGov.Application.Ports;

/// <summary>Who sends a request, as the integrator's sign-in established it.</summary>
/// <param name="Id">A stable id for the audit trail.</param>
/// <param name="Roles">The actor's roles.</param>
/// <param name="Province">The province the actor works in (their scope); NFC short name.</param>
/// <param name="UnitCode">The unit the actor belongs to, if any; an appraiser never appraises it.</param>
/// <param name="OfficialCode">The actor's own official code, if they are an official; they never confirm an observation about themselves.</param>
public sealed record Actor(string Id, IReadOnlySet<ActorRole> Roles, string? Province = null, string? UnitCode = null, string? OfficialCode = null)
{
    /// <summary>Whether the actor has <paramref name="role"/>.</summary>
    /// <param name="role">The role.</param>
    /// <returns><see langword="true"/> when it is among <see cref="Roles"/>.</returns>
    public bool Has(ActorRole role) => Roles.Contains(role);
}
