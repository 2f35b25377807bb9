using FriendlyGov.Samples.WebApi.SignIn;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace FriendlyGov.Samples.WebApi.OpenApi;

/// <summary>Declares the sample's sign-in header in the OpenAPI document, so tools send it with every request.</summary>
internal sealed class ActorHeaderSecurity : IOpenApiDocumentTransformer
{
    /// <inheritdoc />
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[ActorHeaderAuthentication.SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ActorHeader.Name,
            Description = $"The sample's stand-in for sign-in. {ActorHeader.Expected}.",
        };
        document.Security ??= [];
        document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ActorHeaderAuthentication.SchemeName, document)] = [] });
        return Task.CompletedTask;
    }
}
