using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace FriendlyGov.Samples.WebApi.SignIn;

/// <summary>
/// Signs the caller in from the <see cref="ActorHeader"/>: the sample's authentication scheme.
/// </summary>
/// <remarks>
/// For a developer's machine and the in-memory tests only: used when <c>SignIn:Scheme</c> is
/// <c>ActorHeader</c>, which <see cref="Hosting.StartupChecks"/> refuses outside Development.
/// Real sign-in is JWT bearer (<see cref="SignInSetup"/>); both end in the claims
/// <see cref="ClaimsActor"/> reads. A request without the header, or with a malformed one, is
/// answered <c>401</c> with a problem that says what is expected.
/// </remarks>
internal sealed class ActorHeaderAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The scheme's name.</summary>
    public const string SchemeName = "FriendlyGovActorHeader";

    /// <inheritdoc />
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(ActorHeader.Name, out var values) || string.IsNullOrWhiteSpace(values.ToString()))
            return Task.FromResult(AuthenticateResult.NoResult());
        if (values.Count > 1)
            return Task.FromResult(AuthenticateResult.Fail($"the header {ActorHeader.Name} is given more than once"));
        if (!ActorHeader.TryRead(values.ToString(), out var claims, out var problem))
            return Task.FromResult(AuthenticateResult.Fail($"the header {ActorHeader.Name} is malformed: {problem}"));

        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }

    /// <inheritdoc />
    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync().ConfigureAwait(false);
        var why = result.Failure?.Message ?? $"the header {ActorHeader.Name} is missing";
        Response.Headers.WWWAuthenticate = ActorHeader.Name;
        await Results.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "Who sends this request is not known",
                detail: $"Sign in: {why}. Expected {ActorHeader.Expected}.",
                type: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2")
            .ExecuteAsync(Context)
            .ConfigureAwait(false);
    }
}
