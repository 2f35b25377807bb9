// FriendlyGov sample: the assessment workflow of FriendlyGov.Application behind an ASP.NET Core
// minimal API, one endpoint per request, persisted in SQLite.
//
//   dotnet run --project samples/FriendlyGov.Samples.WebApi                  (Development, from launchSettings.json)
//   dotnet run -v q --project samples/FriendlyGov.Samples.WebApi -- token --id admin-dong-nai --roles ProvinceAdministrator --province "Đồng Nai"
//
// Every endpoint but the health probes and the OpenAPI document (Development only) needs a JWT
// bearer token (SignIn/SignInSetup.cs); the second line prints one signed with the development
// key. Limits, telemetry and health are in Limits/, Hosting/ and Health/; the README says how
// to configure each for production.
using System.Text.Json;
using System.Text.Json.Serialization;
using FriendlyGov.Application;
using FriendlyGov.Application.Ports;
using FriendlyGov.Infrastructure;
using FriendlyGov.Samples.WebApi.Endpoints;
using FriendlyGov.Samples.WebApi.Errors;
using FriendlyGov.Samples.WebApi.Health;
using FriendlyGov.Samples.WebApi.Hosting;
using FriendlyGov.Samples.WebApi.Limits;
using FriendlyGov.Samples.WebApi.OpenApi;
using FriendlyGov.Samples.WebApi.SignIn;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

var token = args is [DevelopmentTokens.Command, ..];
var builder = WebApplication.CreateBuilder(token ? [] : args);
if (token) return DevelopmentTokens.Run(args[1..], SignInSettings.From(builder.Configuration), Console.Out, Console.Error);

// Checked before the server listens: a configuration unsafe for this environment stops the app (Hosting/StartupChecks.cs).
builder.Services.AddHostedService<StartupChecks>();
var limits = LimitSettings.From(builder.Configuration);

// The database: ConnectionStrings:FriendlyGov, or a SQLite file under the app's content root.
var connectionString = builder.Configuration.GetConnectionString("FriendlyGov");
if (string.IsNullOrWhiteSpace(connectionString))
{
    var folder = Path.Combine(builder.Environment.ContentRootPath, ".friendlygov");
    Directory.CreateDirectory(folder);
    connectionString = $"Data Source={Path.Combine(folder, "friendlygov-webapi.db")}";
}

builder.Services.AddFriendlyGov(options => options.MaxRowsPerRequest = Math.Max(1, limits.MaxRowsPerRequest));
builder.Services.AddFriendlyGovSqlite(connectionString);
builder.Services.TryAddSingleton<IClock>(SystemClock.Instance);

// Sign-in: JWT bearer tokens (the header scheme only in Development); ClaimsActor maps the claims to the workflow's Actor.
builder.Services.AddHttpContextAccessor();
builder.Services.AddSignIn(SignInSettings.From(builder.Configuration));
builder.Services.AddAuthorization();
builder.Services.AddRequestLimits(limits);
builder.Services.AddHealth();
builder.Services.AddTelemetry(builder.Configuration);
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

var openApi = builder.Configuration.GetValue<bool>("OpenApi:Enabled");
if (openApi)
{
    builder.Services.AddOpenApi(options =>
    {
        options.AddSchemaTransformer<NodaTimeSchemas>();
        options.AddDocumentTransformer<SignInSecurity>();
    });
}

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages(); // a bare 404 or 415 from routing becomes a problem too
if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
    app.UseHttpsRedirection();
}

app.UseRouting();
app.UseBodyLimits(limits);
app.UseAuthentication();
app.UseRateLimiter();
app.UseAuthorization();

app.MapHealth();
if (openApi) app.MapOpenApi().AllowAnonymous();

var api = app.MapGroup(string.Empty).RequireAuthorization();
api.MapUnits();
api.MapRounds();
api.MapAssessments();
api.MapConduct();
api.MapFeedback();
api.MapFieldEvidence();
api.MapPlans();
api.MapReports();
api.MapWorkbooks(limits);

try
{
    await app.RunAsync();
    return 0;
}
catch (StartupRefusedException refused)
{
    await Console.Error.WriteLineAsync(refused.Message);
    return 1;
}

/// <summary>The sample's entry point; public so that tests can start it with <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
