using System.CommandLine;
using FriendlyGov.Infrastructure;
using FriendlyGov.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace FriendlyGov.Cli.Commands;

/// <summary>
/// <c>friendlygov audit verify (--sqlite PATH | --postgres CONNECTION-STRING)</c>: reads a
/// FriendlyGov database's whole audit trail in sequence order and checks its hash chain
/// (<see href="https://github.com/friendlygov/friendlygov/blob/main/docs/audit.md">docs/audit.md</see>), through <see cref="AuditTrailVerifier"/>.
/// </summary>
/// <remarks>
/// Exit 0 with <c>N entries, chain intact</c> and the last entry's hash (keep it elsewhere to
/// compare later); exit 1 naming the first entry changed, removed or inserted; exit 2 when the
/// database cannot be read. Nothing is written: the database is not migrated.
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

        var source = sqlite ?? "the PostgreSQL database";
        try
        {
            using FriendlyGovDbContext? context = sqlite is not null ? Sqlite(sqlite) : Postgres(postgres!);
            if (context is null)
            {
                error.WriteLine($"{sqlite}: no such database file");
                return ExitCodes.UnusableInput;
            }

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
                output.WriteLine($"{source}: audit chain broken at entry {broken.Sequence} ({broken.Id}): {broken.Kind.ToString().ToLowerInvariant()}: {broken.Reason}");
                output.WriteLine($"{report.Entries - 1} entries before it hold; the last of them has hash {report.LastHash}");
                return ExitCodes.CaseFailed;
            }

            output.WriteLine($"{report.Entries} entries, chain intact");
            output.WriteLine($"last hash {report.LastHash}");
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is SqliteException or NpgsqlException or ArgumentException or InvalidOperationException)
        {
            error.WriteLine($"{source}: cannot be read as a FriendlyGov database: {(e.InnerException ?? e).Message}");
            return ExitCodes.UnusableInput;
        }
    }

    /// <summary>A read-only context on a SQLite database file; null when there is no such file.</summary>
    internal static SqliteFriendlyGovDbContext? Sqlite(string path)
    {
        if (!File.Exists(path)) return null;
        var connection = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        return new SqliteFriendlyGovDbContext(new DbContextOptionsBuilder<SqliteFriendlyGovDbContext>().UseSqlite(connection).Options);
    }

    /// <summary>A context on a PostgreSQL database.</summary>
    internal static PostgresFriendlyGovDbContext Postgres(string connection) =>
        new(new DbContextOptionsBuilder<PostgresFriendlyGovDbContext>().UseNpgsql(connection, npgsql => npgsql.UseNodaTime()).Options);
}
