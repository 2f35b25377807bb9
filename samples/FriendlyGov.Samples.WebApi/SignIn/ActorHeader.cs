using System.Security.Claims;
using FriendlyGov.Application.Ports;

namespace FriendlyGov.Samples.WebApi.SignIn;

/// <summary>
/// The sample's stand-in for sign-in: the header <c>X-FriendlyGov-Actor</c>, which says who sends
/// the request as <c>key=value</c> pairs separated by <c>;</c>.
/// </summary>
/// <remarks>
/// <code>
/// X-FriendlyGov-Actor: id=admin-dong-nai; roles=ProvinceAdministrator; province=%C4%90%E1%BB%93ng%20Nai
/// X-FriendlyGov-Actor: id=officer-25993; roles=UnitOfficer; province=%C4%90%E1%BB%93ng%20Nai; unit=25993
/// </code>
/// <c>id</c> and <c>roles</c> (one or more of <see cref="ActorRole"/>, comma-separated, any case)
/// are required; <c>province</c>, <c>unit</c> and <c>official</c> are optional. Values are
/// percent-encoded UTF-8, since an HTTP header carries ASCII only (<c>Đồng Nai</c> is
/// <c>%C4%90%E1%BB%93ng%20Nai</c>). It trusts the client entirely: never deploy it.
/// </remarks>
internal static class ActorHeader
{
    /// <summary>The header's name.</summary>
    public const string Name = "X-FriendlyGov-Actor";

    /// <summary>What the header must hold, for error messages and the OpenAPI document.</summary>
    public const string Expected =
        "X-FriendlyGov-Actor: id=<actor id>; roles=<UnitOfficer|Appraiser|ProvinceAdministrator|FeedbackCollector|DataImporter, comma-separated>[; province=<province>][; unit=<unit code>][; official=<official code>], values percent-encoded UTF-8";

    private static readonly string[] Keys = ["id", "roles", "province", "unit", "official"];

    /// <summary>Reads the header into the claims that <see cref="ClaimsActor"/> maps to an <see cref="Actor"/>.</summary>
    /// <param name="value">The header's value.</param>
    /// <param name="claims">The claims, when the header is well formed.</param>
    /// <param name="problem">What is wrong, when it is not.</param>
    /// <returns>Whether the header is well formed.</returns>
    public static bool TryRead(string value, out IReadOnlyList<Claim> claims, out string problem)
    {
        claims = [];
        var pairs = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            var key = equals < 0 ? part : part[..equals].Trim();
            if (equals < 0 || !Keys.Contains(key, StringComparer.OrdinalIgnoreCase))
            {
                problem = $"'{part}' is not one of {string.Join(", ", Keys.Select(k => k + "=…"))}";
                return false;
            }

            if (!pairs.TryAdd(key, Uri.UnescapeDataString(part[(equals + 1)..].Trim())))
            {
                problem = $"'{key}' is given more than once";
                return false;
            }
        }

        if (!pairs.TryGetValue("id", out var id) || id.Length == 0)
        {
            problem = "'id' is required";
            return false;
        }

        if (!pairs.TryGetValue("roles", out var roles) || roles.Length == 0)
        {
            problem = "'roles' is required";
            return false;
        }

        var list = new List<Claim> { new(ClaimTypes.NameIdentifier, id) };
        foreach (var role in roles.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Enum.TryParse<ActorRole>(role, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || int.TryParse(role, out _))
            {
                problem = $"role '{role}' is not one of {string.Join(", ", Enum.GetNames<ActorRole>())}";
                return false;
            }

            list.Add(new Claim(ClaimTypes.Role, parsed.ToString()));
        }

        if (pairs.TryGetValue("province", out var province) && province.Length > 0) list.Add(new Claim(ClaimsActor.ProvinceClaim, province));
        if (pairs.TryGetValue("unit", out var unit) && unit.Length > 0) list.Add(new Claim(ClaimsActor.UnitClaim, unit));
        if (pairs.TryGetValue("official", out var official) && official.Length > 0) list.Add(new Claim(ClaimsActor.OfficialClaim, official));
        claims = list;
        problem = string.Empty;
        return true;
    }
}
