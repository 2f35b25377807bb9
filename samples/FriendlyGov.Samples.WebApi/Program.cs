// FriendlyGov sample: the assessment workflow of FriendlyGov.Application behind an ASP.NET Core
// minimal API, one endpoint per request, persisted in SQLite.
//
//   dotnet run --project samples/FriendlyGov.Samples.WebApi
//
// Then read the OpenAPI document at /openapi/v1.json. Every endpoint but that one needs the
// header X-FriendlyGov-Actor (see SignIn/ActorHeader.cs): the place real sign-in plugs in.
using System.Text.Json;
using System.Text.Json.Serialization;
using FriendlyGov.Application;
using FriendlyGov.Application.Ports;
using FriendlyGov.Infrastructure;
using FriendlyGov.Samples.WebApi.Endpoints;
using FriendlyGov.Samples.WebApi.Errors;
using FriendlyGov.Samples.WebApi.OpenApi;
using FriendlyGov.Samples.WebApi.SignIn;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

var builder = WebApplication.CreateBuilder(args);

// The database: ConnectionStrings:FriendlyGov, or a SQLite file under the app's content root.
var connectionString = builder.Configuration.GetConnectionString("FriendlyGov");
if (string.IsNullOrWhiteSpace(connectionString))
{
    var folder = Path.Combine(builder.Environment.ContentRootPath, ".friendlygov");
    Directory.CreateDirectory(folder);
    connectionString = $"Data Source={Path.Combine(folder, "friendlygov-webapi.db")}";
}

builder.Services.AddFriendlyGov();
builder.Services.AddFriendlyGovSqlite(connectionString);
builder.Services.TryAddSingleton<IClock>(SystemClock.Instance);

// Sign-in: the sample's header scheme. Swap it for JWT bearer or OpenID Connect; ClaimsActor maps the claims to the workflow's Actor.
builder.Services.AddHttpContextAccessor();
builder.Services.AddAuthentication(ActorHeaderAuthentication.SchemeName)
    .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ActorHeaderAuthentication>(ActorHeaderAuthentication.SchemeName, null);
builder.Services.AddAuthorization();
builder.Services.AddScoped<ICurrentActor, ClaimsActor>();

// JSON: NodaTime values as ISO strings, enums by camelCase name only, and no field silently ignored.
builder.Services.ConfigureHttpJsonOptions(options =>
{
    options.SerializerOptions.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
    options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
    options.SerializerOptions.Converters.Add(new AssessmentPeriodJson());
    options.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
});

// Errors: RFC 9457 problems, never a stack trace. A body that cannot be read is thrown to the handler too.
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<WorkflowProblems>();
builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);

builder.Services.AddOpenApi(options =>
{
    options.AddSchemaTransformer<NodaTimeSchemas>();
    options.AddDocumentTransformer<ActorHeaderSecurity>();
});

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages(); // a bare 404 or 415 from routing becomes a problem too
app.UseAuthentication();
app.UseAuthorization();

app.MapOpenApi().AllowAnonymous();

var api = app.MapGroup(string.Empty).RequireAuthorization();
api.MapUnits();
api.MapRounds();
api.MapAssessments();
api.MapConduct();
api.MapFeedback();
api.MapFieldEvidence();
api.MapPlans();
api.MapReports();

await app.RunAsync();

/// <summary>The sample's entry point; public so that tests can start it with <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
