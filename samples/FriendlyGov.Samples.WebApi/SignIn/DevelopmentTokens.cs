using System.Security.Claims;
using FriendlyGov.Application.Ports;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace FriendlyGov.Samples.WebApi.SignIn;

/// <summary>
/// The sample's <c>token</c> command: signs a JWT with the configured <c>SignIn</c> key, for a
/// developer's <c>curl</c> and for tests. A province's identity provider issues the real ones.
/// </summary>
/// <remarks>
/// <code>
/// dotnet run -v q --project samples/FriendlyGov.Samples.WebApi -- token --id admin-dong-nai --roles ProvinceAdministrator --province "Đồng Nai"
/// </code>
/// Options: <c>--id</c> and <c>--roles</c> (comma-separated <see cref="ActorRole"/> names)
/// are required; <c>--province</c>, <c>--unit</c>, <c>--official</c> and <c>--minutes</c> (how long
/// it lasts, default 60) are optional.
/// </remarks>
internal static class DevelopmentTokens
{
    /// <summary>The command's name, the first argument.</summary>
    public const string Command = "token";

    private static readonly string[] Options = ["--id", "--roles", "--province", "--unit", "--official", "--minutes"];

    /// <summary>Runs the command: prints the token, or what is wrong, and returns the exit code.</summary>
    /// <param name="args">The arguments after <see cref="Command"/>.</param>
    /// <param name="settings">The <c>SignIn</c> section, whose issuer, audience and key sign the token.</param>
    /// <param name="output">Where the token goes.</param>
    /// <param name="errors">Where problems go.</param>
    /// <returns>0 when a token was printed, 2 otherwise.</returns>
    public static int Run(IReadOnlyList<string> args, SignInSettings settings, TextWriter output, TextWriter errors)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i += 2)
        {
            if (!Options.Contains(args[i]) || i + 1 >= args.Count)
            {
                errors.WriteLine($"token: '{args[i]}' is not one of {string.Join(", ", Options)} followed by a value");
                return 2;
            }

            values[args[i]] = args[i + 1];
        }

        if (!values.TryGetValue("--id", out var id) || !values.TryGetValue("--roles", out var roleList))
        {
            errors.WriteLine("token: --id and --roles are required, such as: token --id admin-dong-nai --roles ProvinceAdministrator --province \"Đồng Nai\"");
            return 2;
        }

        var roles = new List<ActorRole>();
        foreach (var name in roleList.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Enum.TryParse<ActorRole>(name, ignoreCase: true, out var role) || !Enum.IsDefined(role) || int.TryParse(name, out _))
            {
                errors.WriteLine($"token: role '{name}' is not one of {string.Join(", ", Enum.GetNames<ActorRole>())}");
                return 2;
            }

            roles.Add(role);
        }

        if (!int.TryParse(values.GetValueOrDefault("--minutes", "60"), out var minutes) || minutes < 1)
        {
            errors.WriteLine("token: --minutes must be a whole number of minutes, at least 1");
            return 2;
        }

        if (string.IsNullOrWhiteSpace(settings.Issuer) || string.IsNullOrWhiteSpace(settings.Audience) || System.Text.Encoding.UTF8.GetByteCount(settings.SigningKey ?? string.Empty) < SignInSettings.MinimumKeyBytes)
        {
            errors.WriteLine("token: SignIn:Issuer, SignIn:Audience and SignIn:SigningKey must be configured (they are in appsettings.Development.json when ASPNETCORE_ENVIRONMENT=Development)");
            return 2;
        }

        var now = DateTime.UtcNow;
        output.WriteLine(Issue(settings, Claims(id, roles, values.GetValueOrDefault("--province"), values.GetValueOrDefault("--unit"), values.GetValueOrDefault("--official")), now, now.AddMinutes(minutes)));
        return 0;
    }

    /// <summary>The claims of an actor as a token carries them: <c>sub</c>, one <c>role</c> per role, and FriendlyGov's own.</summary>
    /// <param name="id">The actor's id, the token's subject.</param>
    /// <param name="roles">The roles.</param>
    /// <param name="province">The province, if any.</param>
    /// <param name="unit">The unit's code, if any.</param>
    /// <param name="official">The official's code, if any.</param>
    /// <returns>The claims.</returns>
    public static IReadOnlyList<Claim> Claims(string id, IEnumerable<ActorRole> roles, string? province = null, string? unit = null, string? official = null)
    {
        var claims = new List<Claim> { new(JwtRegisteredClaimNames.Sub, id) };
        claims.AddRange(roles.Select(r => new Claim("role", r.ToString())));
        if (!string.IsNullOrEmpty(province)) claims.Add(new Claim(ClaimsActor.ProvinceClaim, province));
        if (!string.IsNullOrEmpty(unit)) claims.Add(new Claim(ClaimsActor.UnitClaim, unit));
        if (!string.IsNullOrEmpty(official)) claims.Add(new Claim(ClaimsActor.OfficialClaim, official));
        return claims;
    }

    /// <summary>Signs a token (HS256) with the settings' issuer, audience and key.</summary>
    /// <param name="settings">The <c>SignIn</c> section.</param>
    /// <param name="claims">What the token says.</param>
    /// <param name="notBefore">From when it is valid, UTC.</param>
    /// <param name="expires">Until when, UTC.</param>
    /// <returns>The compact token.</returns>
    public static string Issue(SignInSettings settings, IEnumerable<Claim> claims, DateTime notBefore, DateTime expires) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = settings.Issuer,
            Audience = settings.Audience,
            Subject = new ClaimsIdentity(claims),
            NotBefore = notBefore,
            IssuedAt = notBefore,
            Expires = expires,
            SigningCredentials = new SigningCredentials(SignInSetup.SigningKey(settings), SecurityAlgorithms.HmacSha256),
        });
}
