using FriendlyGov.Application.Ports;
using FriendlyGov.Samples.WebApi.SignIn;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace FriendlyGov.Samples.WebApi.Tests;

/// <summary>
/// The sample as deployed: the Production environment, JWT bearer sign-in with the settings
/// below, and the default limits but a row limit of 5, on its own SQLite file; the clock is
/// fake (6 January 2025) for the workflow, while tokens are checked against the real time.
/// </summary>
public sealed class ProductionFactory : WebApplicationFactory<Program>
{
    /// <summary>The sign-in settings the app is started with; tokens signed with them are believed.</summary>
    internal static readonly SignInSettings SignIn = new()
    {
        Issuer = "https://sso.dongnai.example",
        Audience = "friendlygov-webapi",
        SigningKey = "a production test key that is long enough for HS256",
    };

    private readonly TempDirectory _folder = new();

    /// <summary>Extra settings for one test's app, such as a header scheme it must refuse.</summary>
    public Dictionary<string, string> Settings { get; } = new(StringComparer.Ordinal);

    /// <summary>A token for an actor, valid for an hour from now.</summary>
    /// <param name="id">The subject.</param>
    /// <param name="role">The role.</param>
    /// <param name="province">The province.</param>
    /// <param name="unit">The unit, if any.</param>
    /// <returns>The compact token.</returns>
    internal static string TokenFor(string id, ActorRole role, string province = Actors.Province, string? unit = null) =>
        DevelopmentTokens.Issue(SignIn, DevelopmentTokens.Claims(id, [role], province, unit), DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddHours(1));

    /// <summary>A client that sends <paramref name="token"/> as its bearer token.</summary>
    /// <param name="token">The token.</param>
    /// <returns>The client.</returns>
    public HttpClient WithToken(string token)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:FriendlyGov", $"Data Source={Path.Combine(_folder.Path, "webapi.db")}");
        builder.UseSetting("SignIn:Issuer", SignIn.Issuer);
        builder.UseSetting("SignIn:Audience", SignIn.Audience);
        builder.UseSetting("SignIn:SigningKey", SignIn.SigningKey);
        builder.UseSetting("Limits:MaxRowsPerRequest", "5");
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        builder.ConfigureTestServices(services => services.AddSingleton<IClock>(new FakeClock(Instant.FromUtc(2025, 1, 6, 1, 0))));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
