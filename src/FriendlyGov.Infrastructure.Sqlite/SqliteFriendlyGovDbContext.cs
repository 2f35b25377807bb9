using Microsoft.Data.Sqlite;
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
public sealed class SqliteFriendlyGovDbContext(DbContextOptions<SqliteFriendlyGovDbContext> options) : FriendlyGovDbContext(options), IStoreErrors
{
    private const int Constraint = 19;
    private const int UniqueConstraint = 2067;
    private const int PrimaryKeyConstraint = 1555;
    private string? _databaseFile;

    /// <inheritdoc />
    /// <remarks>SQLite's <c>SQLITE_CONSTRAINT</c> (19) with the extended code <c>SQLITE_CONSTRAINT_UNIQUE</c> (2067) or <c>SQLITE_CONSTRAINT_PRIMARYKEY</c> (1555).</remarks>
    bool IStoreErrors.IsUniqueKeyViolation(Exception storeError) =>
        storeError is SqliteException { SqliteErrorCode: Constraint, SqliteExtendedErrorCode: UniqueConstraint or PrimaryKeyConstraint };

    /// <inheritdoc />
    /// <remarks>Writers of this process to the same file take turns (<see cref="SqliteWriterQueue"/>).</remarks>
    protected internal override ValueTask<IDisposable?> EnterWriterAsync(CancellationToken cancellationToken) =>
        SqliteWriterQueue.EnterAsync(DatabaseFile, cancellationToken);

    private string DatabaseFile => _databaseFile ??= Path.GetFullPath(new SqliteConnectionStringBuilder(Database.GetConnectionString()).DataSource);

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
