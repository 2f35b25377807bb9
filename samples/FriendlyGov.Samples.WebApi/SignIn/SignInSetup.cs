using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace FriendlyGov.Samples.WebApi.SignIn;

/// <summary>Adds the sign-in scheme <see cref="SignInSettings"/> chooses; <see cref="ClaimsActor"/> maps its claims to the workflow's actor either way.</summary>
internal static class SignInSetup
{
    /// <summary>Adds JWT bearer sign-in, or the actor header on a developer's machine.</summary>
    /// <param name="services">The app's services.</param>
    /// <param name="settings">The <c>SignIn</c> section; checked at start-up by <see cref="StartupChecks"/>.</param>
    /// <returns>The same services.</returns>
    public static IServiceCollection AddSignIn(this IServiceCollection services, SignInSettings settings)
    {
        if (string.Equals(settings.Scheme, SignInSettings.Header, StringComparison.OrdinalIgnoreCase))
        {
            services.AddAuthentication(ActorHeaderAuthentication.SchemeName)
                .AddScheme<AuthenticationSchemeOptions, ActorHeaderAuthentication>(ActorHeaderAuthentication.SchemeName, null);
            return services;
        }

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(options =>
        {
            // Inbound claims are mapped: sub becomes NameIdentifier and role becomes Role, which ClaimsActor reads.
            options.MapInboundClaims = true;
            if (!string.IsNullOrWhiteSpace(settings.Authority)) options.Authority = settings.Authority;
            options.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = settings.Issuer,
                ValidAudience = settings.Audience,
                IssuerSigningKey = string.IsNullOrWhiteSpace(settings.SigningKey) ? null : SigningKey(settings),
                ValidateIssuer = true,
                ValidateAudience = true,
                ValidateLifetime = true,
                RequireExpirationTime = true,
                RequireSignedTokens = true,
                ValidAlgorithms = string.IsNullOrWhiteSpace(settings.Authority) ? [SecurityAlgorithms.HmacSha256] : null,
                ClockSkew = TimeSpan.FromMinutes(1),
            };
            options.Events = new JwtBearerEvents
            {
                OnTokenValidated = context =>
                {
                    if (context.Principal?.FindFirst(ClaimTypes.NameIdentifier) is null) context.Fail("the token has no subject (sub)");
                    return Task.CompletedTask;
                },
                OnChallenge = async context =>
                {
                    // A problem, like every other refusal, saying why the token was not believed.
                    context.HandleResponse();
                    context.Response.Headers.WWWAuthenticate = JwtBearerDefaults.AuthenticationScheme;
                    var why = context.AuthenticateFailure is { } failure ? TokenProblem(failure) : "no bearer token was sent";
                    await Results.Problem(
                            statusCode: StatusCodes.Status401Unauthorized,
                            title: "Who sends this request is not known",
                            detail: $"Sign in: {why}. Send Authorization: Bearer <token> issued by {settings.Issuer} for {settings.Audience}.",
                            type: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2")
                        .ExecuteAsync(context.HttpContext)
                        .ConfigureAwait(false);
                },
            };
        });
        return services;
    }

    /// <summary>The symmetric key of <see cref="SignInSettings.SigningKey"/>.</summary>
    /// <param name="settings">The settings.</param>
    /// <returns>The key.</returns>
    public static SymmetricSecurityKey SigningKey(SignInSettings settings) => new(Encoding.UTF8.GetBytes(settings.SigningKey ?? string.Empty));

    private static string TokenProblem(Exception failure) => failure switch
    {
        SecurityTokenExpiredException => "the token has expired",
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => "the token's signature is not valid",
        SecurityTokenInvalidIssuerException => "the token is from another issuer",
        SecurityTokenInvalidAudienceException => "the token is meant for another audience",
        SecurityTokenException => "the token is not valid",
        _ => failure.Message,
    };
}
