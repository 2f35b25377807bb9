using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace FriendlyGov.Samples.WebApi.Tests;

/// <summary>
/// The sample web API in memory, on its own SQLite file in a temporary folder (one per test
/// class), with a fake clock set to 6 January 2025, 08:00 in Vietnam. It runs in Development
/// with the actor header, so that tests say who acts in one line, and with rate limits high
/// enough for a whole round; <see cref="ProductionFactory"/> tests the production sign-in and limits.
/// </summary>
public sealed class WebApiFactory : WebApplicationFactory<Program>
{
    private readonly TempDirectory _folder = new();

    /// <summary>The app's clock; tests move it through the round's dates.</summary>
    public FakeClock Clock { get; } = new(Instant.FromUtc(2025, 1, 6, 1, 0));

    /// <summary>A client that signs in as <paramref name="actor"/> with the sample's header.</summary>
    /// <param name="actor">The header's value; see <see cref="Actors"/>.</param>
    /// <returns>The client.</returns>
    public HttpClient As(string actor)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-FriendlyGov-Actor", actor);
        return client;
    }

    /// <summary>Moves the clock to a time of day in Vietnam (UTC+7).</summary>
    /// <param name="month">The month of 2025.</param>
    /// <param name="day">The day.</param>
    /// <param name="hour">The hour in Vietnam.</param>
    public void At(int month, int day, int hour) => Clock.Reset(Instant.FromUtc(2025, month, day, hour - 7, 0));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:FriendlyGov", $"Data Source={Path.Combine(_folder.Path, "webapi.db")}");
        builder.UseSetting("SignIn:Scheme", "ActorHeader");
        builder.UseSetting("Limits:RequestsPerActorPerMinute", "100000");
        builder.UseSetting("Limits:RequestsPerAddressPerMinute", "100000");
        builder.ConfigureTestServices(services => services.AddSingleton<IClock>(Clock));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
