using System.Security.Claims;
using FriendlyGov.Application.Ports;

namespace FriendlyGov.Samples.WebApi.SignIn;

/// <summary>
/// The workflow's <see cref="ICurrentActor"/>: the signed-in user of the current HTTP request,
/// mapped from their claims to an <see cref="Actor"/>.
/// </summary>
/// <remarks>
/// The claims: <see cref="ClaimTypes.NameIdentifier"/> (the actor's id, kept in the audit trail),
/// <see cref="ClaimTypes.Role"/> (one per <see cref="ActorRole"/>), <see cref="ProvinceClaim"/>,
/// <see cref="UnitClaim"/> and <see cref="OfficialClaim"/>. An integrator whose identity provider
/// names them otherwise changes the mapping here, and only here.
/// </remarks>
internal sealed class ClaimsActor(IHttpContextAccessor http) : ICurrentActor
{
    /// <summary>The claim holding the province the actor works in.</summary>
    public const string ProvinceClaim = "friendlygov/province";

    /// <summary>The claim holding the code of the unit the actor belongs to.</summary>
    public const string UnitClaim = "friendlygov/unit";

    /// <summary>The claim holding the actor's own official code.</summary>
    public const string OfficialClaim = "friendlygov/official";

    private Actor? _actor;

    /// <inheritdoc />
    public Actor Actor => _actor ??= From(http.HttpContext?.User);

    private static Actor From(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true)
            throw new InvalidOperationException("The workflow was reached without a signed-in user; every endpoint must require authorization.");

        var roles = user.FindAll(ClaimTypes.Role)
            .Select(c => Enum.TryParse<ActorRole>(c.Value, ignoreCase: true, out var role) ? role : (ActorRole?)null)
            .OfType<ActorRole>()
            .ToHashSet();
        return new Actor(
            user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("The signed-in user has no id claim."),
            roles,
            user.FindFirstValue(ProvinceClaim)?.Normalize(System.Text.NormalizationForm.FormC),
            user.FindFirstValue(UnitClaim),
            user.FindFirstValue(OfficialClaim));
    }
}
