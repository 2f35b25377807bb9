using System.Text;

namespace FriendlyGov.Application.Ports;

/// <summary>Who sends a request, as the integrator's sign-in established it.</summary>
/// <remarks>
/// Text fields are normalized as units' are: trimmed and in Unicode NFC, so that a province
/// typed or signed in decomposed (NFD, as macOS and some identity providers send it) matches the
/// province its units were registered with; a blank province, unit or official code is none.
/// </remarks>
/// <param name="Id">A stable id for the audit trail.</param>
/// <param name="Roles">The actor's roles.</param>
/// <param name="Province">The province the actor works in (their scope); NFC short name.</param>
/// <param name="UnitCode">The unit the actor belongs to, if any; an appraiser never appraises it.</param>
/// <param name="OfficialCode">The actor's own official code, if they are an official; they never confirm an observation about themselves.</param>
public sealed record Actor(string Id, IReadOnlySet<ActorRole> Roles, string? Province = null, string? UnitCode = null, string? OfficialCode = null)
{
    /// <summary>A stable id for the audit trail, trimmed and in NFC.</summary>
    public string Id { get; init; } = Guard.Against.Null(Id).Trim().Normalize(NormalizationForm.FormC);

    /// <summary>The province the actor works in (their scope), trimmed and in NFC; <see langword="null"/> when none.</summary>
    public string? Province { get; init; } = Normalized(Province);

    /// <summary>The unit the actor belongs to, trimmed; <see langword="null"/> when none.</summary>
    public string? UnitCode { get; init; } = Normalized(UnitCode);

    /// <summary>The actor's own official code, trimmed and in NFC; <see langword="null"/> when none.</summary>
    public string? OfficialCode { get; init; } = Normalized(OfficialCode);

    /// <summary>Whether the actor has <paramref name="role"/>.</summary>
    /// <param name="role">The role.</param>
    /// <returns><see langword="true"/> when it is among <see cref="Roles"/>.</returns>
    public bool Has(ActorRole role) => Roles.Contains(role);

    private static string? Normalized(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Trim().Normalize(NormalizationForm.FormC);
}
