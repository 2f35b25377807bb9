using System.CommandLine;
using System.Data.Common;
using FriendlyGov.Domain;
using FriendlyGov.Infrastructure;
using FriendlyGov.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace FriendlyGov.Cli.Commands;

/// <summary>
/// <c>friendlygov audit verify (--sqlite PATH | --postgres CONNECTION-STRING)</c>: reads a
/// FriendlyGov database's whole audit trail in sequence order and checks its hash chain
/// (docs/audit.md), through <see cref="AuditTrailVerifier"/>.
/// </summary>
/// <remarks>
/// Exit 0 with <c>N entries, chain intact</c> and the last entry's hash (keep it elsewhere to
/// compare later); exit 1 naming the first entry changed, removed or inserted; exit 2 when the
/// database cannot be read. Nothing is written: the database is not migrated, a SQLite file is
/// opened read-only (immutable when it is in WAL mode and nobody has it open, so that no
/// <c>-wal</c> or <c>-shm</c> file appears beside it) and a PostgreSQL session is read-only.
/// </remarks>
internal static class AuditCommand
{
    /// <summary>The <c>audit</c> command and its <c>verify</c> subcommand.</summary>
    /// <param name="output">Standard output: the verdict.</param>
    /// <param name="error">Standard error: why the database cannot be used.</param>
    /// <returns>The command.</returns>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var sqlite = new Option<string>("--sqlite") { Description = "A FriendlyGov SQLite database file." };
        var postgres = new Option<string>("--postgres") { Description = "A connection string to a FriendlyGov PostgreSQL database." };
        var verify = new Command("verify", "Check that the audit trail is the one FriendlyGov wrote: names the first entry changed, removed or inserted.") { sqlite, postgres };
        verify.SetAction(parsed => Verify(parsed.GetValue(sqlite), parsed.GetValue(postgres), output, error));
        return new Command("audit", "The tamper-evident audit trail (nhật ký kiểm toán).") { verify };
    }

    private static int Verify(string? sqlite, string? postgres, TextWriter output, TextWriter error)
    {
        if ((sqlite is null) == (postgres is null))
        {
            error.WriteLine("friendlygov audit verify: give exactly one of --sqlite PATH or --postgres CONNECTION-STRING");
            return ExitCodes.UnusableInput;
        }

        if (sqlite is not null && string.IsNullOrWhiteSpace(sqlite))
        {
            error.WriteLine("friendlygov audit verify: --sqlite is empty: give a FriendlyGov SQLite file");
            return ExitCodes.UnusableInput;
        }

        var source = sqlite is null ? "the PostgreSQL database" : MessageText.Printable(sqlite, 260);
        try
        {
            if (sqlite is not null && RegularFile.WhyNotRegular(sqlite) is { } why)
            {
                error.WriteLine(why == "does not exist" ? $"{source}: no such database file" : $"{source}: {why}");
                return ExitCodes.UnusableInput;
            }

            if (sqlite is not null && SqliteDatabaseFile.WhyNotFriendlyGov(sqlite) is { } notOurs)
            {
                error.WriteLine($"{source}: {notOurs}");
                return ExitCodes.UnusableInput;
            }

            string? readOnlyPostgres = null;
            if (postgres is not null && (readOnlyPostgres = PostgresReadOnly(postgres)) is null)
            {
                // The string is not echoed: it may hold a password.
                error.WriteLine($"{source}: --postgres is not a connection string such as Host=localhost;Database=friendlygov;Username=auditor");
                return ExitCodes.UnusableInput;
            }

            using FriendlyGovDbContext context = sqlite is not null ? SqliteDatabaseFile.ReadOnlyContext(sqlite) : Postgres(readOnlyPostgres!);
            return Verify(context, source, output, error);
        }
        catch (Exception e) when (e is DbException or IOException or UnauthorizedAccessException or TimeoutException or InvalidOperationException { InnerException: DbException })
        {
            error.WriteLine($"{source}: cannot be read as a FriendlyGov database: {MessageText.Printable((e.InnerException ?? e).Message, 200)}");
            return ExitCodes.UnusableInput;
        }
        catch (Exception e) when (e is FormatException or InvalidCastException)
        {
            // FriendlyGov writes every column of the trail itself: a value of the wrong kind (an id
            // that is not a GUID) was put there by someone else.
            output.WriteLine($"{source}: audit chain broken: an entry holds a value FriendlyGov never writes: {MessageText.Printable(e.Message, 200)}");
            return ExitCodes.CaseFailed;
        }
    }

    private static int Verify(FriendlyGovDbContext context, string source, TextWriter output, TextWriter error)
    {
        var pending = context.Database.GetPendingMigrations().Count();
        if (pending > 0)
        {
            error.WriteLine(pending == context.Database.GetMigrations().Count()
                ? $"{source}: not a FriendlyGov database (it holds none of its tables)"
                : $"{source}: its schema is older than this version ({pending} migration(s) missing): open it once with the FriendlyGov library to migrate it, then verify");
            return ExitCodes.UnusableInput;
        }

        var report = AuditTrailVerifier.VerifyAsync(context).GetAwaiter().GetResult();
        if (report.Break is { } broken)
        {
            output.WriteLine($"{source}: audit chain broken at entry {broken.Sequence} ({broken.Id}): {broken.Kind.ToString().ToLowerInvariant()}: {MessageText.Printable(broken.Reason, 200)}");
            output.WriteLine($"{report.Entries - 1} entries before it hold; the last of them has hash {report.LastHash}");
            return ExitCodes.CaseFailed;
        }

        output.WriteLine($"{report.Entries} entries, chain intact");
        output.WriteLine($"last hash {report.LastHash}");
        return ExitCodes.Success;
    }

    /// <summary>
    /// The connection string with every transaction read-only on the server, so that nothing
    /// is written even by mistake; <see langword="null"/> when it is not a connection string.
    /// </summary>
    private static string? PostgresReadOnly(string connection)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connection);
            if (string.IsNullOrWhiteSpace(builder.Host)) return null;
            builder.Options = string.IsNullOrWhiteSpace(builder.Options) ? "-c default_transaction_read_only=on" : $"{builder.Options} -c default_transaction_read_only=on";
            return builder.ConnectionString;
        }
        catch (Exception e) when (e is ArgumentException or FormatException or KeyNotFoundException or InvalidCastException)
        {
            return null;
        }
    }

    private static PostgresFriendlyGovDbContext Postgres(string connection) =>
        new(new DbContextOptionsBuilder<PostgresFriendlyGovDbContext>().UseNpgsql(connection, npgsql => npgsql.UseNodaTime()).Options);
}
