using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;
using NodaTime.Text;

namespace FriendlyGov.Infrastructure.Persistence;

/// <summary>
/// The FriendlyGov database on SQLite, the embedded default. Local dates are stored as ISO text
/// (<c>2024-05-02</c>, which sorts and compares as dates do) and instants as ticks since the Unix epoch.
/// </summary>
/// <param name="options">The context's options.</param>
public sealed class SqliteFriendlyGovDbContext(DbContextOptions<SqliteFriendlyGovDbContext> options) : FriendlyGovDbContext(options)
{
    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        Guard.Against.Null(configurationBuilder);
        configurationBuilder.Properties<LocalDate>().HaveConversion<LocalDateToText>();
        configurationBuilder.Properties<Instant>().HaveConversion<InstantToTicks>();
    }

    private sealed class LocalDateToText() : ValueConverter<LocalDate, string>(
        date => LocalDatePattern.Iso.Format(date),
        text => LocalDatePattern.Iso.Parse(text).Value);

    private sealed class InstantToTicks() : ValueConverter<Instant, long>(
        instant => instant.ToUnixTimeTicks(),
        ticks => Instant.FromUnixTimeTicks(ticks));
}
