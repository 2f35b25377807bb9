using System.Text;

namespace FriendlyGov.Samples.WebApi.SignIn;

/// <summary>
/// The configuration section <c>SignIn</c>: how callers prove who they are. JWT bearer tokens by
/// default; the <see cref="ActorHeader"/> only on a developer's machine.
/// </summary>
internal sealed class SignInSettings
{
    /// <summary>The section's name.</summary>
    public const string Section = "SignIn";

    /// <summary>The value of <see cref="Scheme"/> for JWT bearer tokens, the default.</summary>
    public const string Jwt = "Jwt";

    /// <summary>The value of <see cref="Scheme"/> for the <see cref="ActorHeader"/>, refused outside Development.</summary>
    public const string Header = "ActorHeader";

    /// <summary>The fewest bytes a symmetric signing key may have: 256 bits, as HS256 needs.</summary>
    public const int MinimumKeyBytes = 32;

    /// <summary><see cref="Jwt"/> (default) or <see cref="Header"/>.</summary>
    public string Scheme { get; set; } = Jwt;

    /// <summary>The <c>iss</c> every token must carry.</summary>
    public string? Issuer { get; set; }

    /// <summary>The <c>aud</c> every token must carry.</summary>
    public string? Audience { get; set; }

    /// <summary>
    /// The HS256 key tokens are signed with, as text of at least <see cref="MinimumKeyBytes"/>
    /// UTF-8 bytes; or empty when <see cref="Authority"/> publishes the keys.
    /// </summary>
    public string? SigningKey { get; set; }

    /// <summary>An OpenID Connect authority (the province's identity provider) whose published keys sign the tokens; optional.</summary>
    public string? Authority { get; set; }

    /// <summary>Reads the section.</summary>
    /// <param name="configuration">The app's configuration.</param>
    /// <returns>The settings.</returns>
    public static SignInSettings From(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<SignInSettings>() ?? new SignInSettings();

    /// <summary>Why the app must not start with these settings in <paramref name="environment"/>; empty when it may.</summary>
    /// <param name="environment">Where the app runs.</param>
    /// <returns>One sentence per problem, naming the setting.</returns>
    public IEnumerable<string> Problems(IHostEnvironment environment)
    {
        if (string.Equals(Scheme, Header, StringComparison.OrdinalIgnoreCase))
        {
            if (!environment.IsDevelopment())
            {
                yield return $"SignIn:Scheme is {Header}, which believes whatever the {ActorHeader.Name} header says, so anyone could act as a province administrator; " +
                             $"it is allowed only in the Development environment, and this is {environment.EnvironmentName}. Configure SignIn:Scheme={Jwt} with SignIn:Issuer, SignIn:Audience and SignIn:SigningKey (or SignIn:Authority)";
            }

            yield break;
        }

        if (!string.Equals(Scheme, Jwt, StringComparison.OrdinalIgnoreCase))
        {
            yield return $"SignIn:Scheme is '{Scheme}', which is neither {Jwt} nor {Header}";
            yield break;
        }

        if (string.IsNullOrWhiteSpace(Issuer)) yield return "SignIn:Issuer is not set: tokens from any issuer would be believed";
        if (string.IsNullOrWhiteSpace(Audience)) yield return "SignIn:Audience is not set: tokens meant for another app would be believed";
        if (string.IsNullOrWhiteSpace(Authority) && Encoding.UTF8.GetByteCount(SigningKey ?? string.Empty) < MinimumKeyBytes)
            yield return $"SignIn:SigningKey must be at least {MinimumKeyBytes} bytes (or SignIn:Authority set), so that tokens cannot be forged";
    }
}
