using FriendlyGov.Samples.WebApi.SignIn;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace FriendlyGov.Samples.WebApi.OpenApi;

/// <summary>Declares the sign-in the app is configured with in the OpenAPI document (a JWT bearer token, or the development header), so tools send it with every request.</summary>
/// <param name="configuration">The app's configuration, whose <c>SignIn:Scheme</c> says which.</param>
internal sealed class SignInSecurity(IConfiguration configuration) : IOpenApiDocumentTransformer
{
    /// <inheritdoc />
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var settings = SignInSettings.From(configuration);
        var header = string.Equals(settings.Scheme, SignInSettings.Header, StringComparison.OrdinalIgnoreCase);
        var name = header ? ActorHeaderAuthentication.SchemeName : "Bearer";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[name] = header
            ? new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = ActorHeader.Name,
                Description = $"The sample's development stand-in for sign-in, refused outside Development. {ActorHeader.Expected}.",
            }
            : new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = $"A JWT from {settings.Issuer} for {settings.Audience}: sub is the actor's id, role one claim per role, and {ClaimsActor.ProvinceClaim}, {ClaimsActor.UnitClaim}, {ClaimsActor.OfficialClaim}.",
            };
        document.Security ??= [];
        document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(name, document)] = [] });
        return Task.CompletedTask;
    }
}
