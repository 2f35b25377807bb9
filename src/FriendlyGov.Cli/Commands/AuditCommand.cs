using System.CommandLine;
using System.Data.Common;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Audit;
using FriendlyGov.Frameworks;
using FriendlyGov.Infrastructure;
using FriendlyGov.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Npgsql;

namespace FriendlyGov.Cli.Commands;

/// <summary>
/// <c>friendlygov audit verify (--sqlite PATH | --postgres CONNECTION-STRING) [--checkpoint FILE
/// --public-key PUB.pem]</c>: reads a FriendlyGov database's whole audit trail in sequence order
/// and checks its hash chain (<see href="https://github.com/friendlygov/friendlygov/blob/main/docs/audit.md">docs/audit.md</see>), through <see cref="AuditTrailVerifier"/>, and that
/// it still passes through a signed checkpoint. <c>friendlygov audit checkpoint (--sqlite PATH |
/// --postgres CONNECTION-STRING) --key KEY.pem --out FILE</c>: signs a checkpoint of the intact
/// trail's last entry.
/// </summary>
/// <remarks>
/// verify: exit 0 with <c>N entries, chain intact</c> and the last entry's hash; exit 1 naming the
/// first entry changed, removed, inserted or rewritten, or a checkpoint whose signature does not
/// match; exit 2 when the database, the checkpoint or the key cannot be read. checkpoint: exit 0
/// with the file written; exit 1, writing nothing, when the chain is broken; exit 2 for unusable
/// input. Nothing is written to the database: it is not migrated, a SQLite file is opened
/// read-only (immutable when it is in WAL mode and nobody has it open, so that no <c>-wal</c> or
/// <c>-shm</c> file appears beside it) and a PostgreSQL session is read-only.
/// </remarks>
internal static class AuditCommand
{
    /// <summary>The <c>audit</c> command and its <c>verify</c> and <c>checkpoint</c> subcommands.</summary>
    /// <param name="output">Standard output: the verdict.</param>
    /// <param name="error">Standard error: why the input cannot be used.</param>
    /// <returns>The command.</returns>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var sqlite = new Option<string>("--sqlite") { Description = "A FriendlyGov SQLite database file." };
        var postgres = new Option<string>("--postgres") { Description = "A connection string to a FriendlyGov PostgreSQL database." };
        var checkpoint = new Option<string>("--checkpoint") { Description = "A signed friendlygov.checkpoint/1 file the trail must still pass through; needs --public-key." };
        var publicKey = new Option<string>("--public-key") { Description = "The province's ECDSA P-256 public key (PEM) that signed the checkpoint." };
        var verify = new Command("verify", "Check that the audit trail is the one FriendlyGov wrote: names the first entry changed, removed, inserted or rewritten.") { sqlite, postgres, checkpoint, publicKey };
        verify.SetAction(parsed => Verify(new Database(parsed.GetValue(sqlite), parsed.GetValue(postgres)), parsed.GetValue(checkpoint), parsed.GetValue(publicKey), output, error));

        var key = new Option<string>("--key") { Description = "The province's ECDSA P-256 private key (PEM: EC PRIVATE KEY or PRIVATE KEY).", Required = true };
        var outFile = new Option<string>("--out") { Description = "The checkpoint file to write.", Required = true };
        var take = new Command("checkpoint", "Sign a checkpoint of the intact trail's last entry (sequence, hash, time), to keep outside the database.") { sqlite, postgres, key, outFile };
        take.SetAction(parsed => Checkpoint(new Database(parsed.GetValue(sqlite), parsed.GetValue(postgres)), parsed.GetRequiredValue(key), parsed.GetRequiredValue(outFile), output, error));
        return new Command("audit", "The tamper-evident audit trail (nhật ký kiểm toán).") { verify, take };
    }

    private static int Verify(Database database, string? checkpointPath, string? publicKeyPath, TextWriter output, TextWriter error)
    {
        if ((checkpointPath is null) != (publicKeyPath is null))
        {
            error.WriteLine("friendlygov audit verify: --checkpoint and --public-key go together: a checkpoint is only worth its signature");
            return ExitCodes.UnusableInput;
        }

        AuditCheckpoint? checkpoint = null;
        if (checkpointPath is not null)
        {
            var checkedSignature = CheckSignature(checkpointPath, publicKeyPath!, output, error, out checkpoint);
            if (checkedSignature != ExitCodes.Success) return checkedSignature;
        }

        return database.Use("verify", output, error, context =>
        {
            var report = AuditTrailVerifier.VerifyAsync(context, checkpoint).GetAwaiter().GetResult();
            if (report.Break is { } broken)
            {
                WriteBreak(database, report, broken, output);
                return ExitCodes.CaseFailed;
            }

            output.WriteLine($"{report.Entries} entries, chain intact");
            output.WriteLine($"last hash {report.LastHash}");
            if (checkpoint is not null) output.WriteLine($"passes through the checkpoint of {checkpoint.AtText}: entry {checkpoint.Sequence}, hash {checkpoint.Hash}");
            return ExitCodes.Success;
        });
    }

    private static int Checkpoint(Database database, string keyPath, string outPath, TextWriter output, TextWriter error)
    {
        using var key = LoadKey(keyPath, needPrivate: true, error);
        if (key is null) return ExitCodes.UnusableInput;

        return database.Use("checkpoint", output, error, context =>
        {
            var report = AuditTrailVerifier.VerifyAsync(context).GetAwaiter().GetResult();
            if (report.Break is { } broken)
            {
                WriteBreak(database, report, broken, output);
                output.WriteLine("no checkpoint written: a broken trail is not vouched for");
                return ExitCodes.CaseFailed;
            }

            var checkpoint = AuditCheckpoint.Of(report.Entries, report.LastHash, SystemClock.Instance.GetCurrentInstant());
            var temporary = outPath + ".partial";
            try
            {
                File.WriteAllBytes(temporary, AuditCheckpointFile.Write(checkpoint, key));
                File.Move(temporary, outPath, overwrite: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                File.Delete(temporary);
                error.WriteLine($"{outPath}: cannot be written: {ex.Message}");
                return ExitCodes.UnusableInput;
            }

            output.WriteLine($"checkpoint of entry {checkpoint.Sequence} at {checkpoint.AtText} written to {outPath}");
            output.WriteLine($"hash {checkpoint.Hash}, signed by key {key.PublicKeySha256}");
            return ExitCodes.Success;
        });
    }

    private static int CheckSignature(string checkpointPath, string publicKeyPath, TextWriter output, TextWriter error, out AuditCheckpoint? checkpoint)
    {
        checkpoint = null;
        SignedAuditCheckpoint signed;
        try
        {
            signed = AuditCheckpointFile.Read(InputFile.ReadAll(checkpointPath, 64 * 1024, "the checkpoint limit"));
        }
        catch (InvalidInputException ex)
        {
            foreach (var line in ex.Lines) error.WriteLine(line);
            return ExitCodes.UnusableInput;
        }
        catch (InvalidDataException ex)
        {
            error.WriteLine($"{checkpointPath}: not a {AuditCheckpoint.Format} file: {ex.Message}");
            return ExitCodes.UnusableInput;
        }

        using var key = LoadKey(publicKeyPath, needPrivate: false, error);
        if (key is null) return ExitCodes.UnusableInput;
        if (!signed.IsSignedBy(key))
        {
            var keyId = key.PublicKeySha256;
            output.WriteLine(signed.KeyId == keyId
                ? $"{checkpointPath}: the signature does not match the checkpoint's content: it was changed after it was signed"
                : $"{checkpointPath}: not signed by {publicKeyPath}: it names key {signed.KeyId}, {publicKeyPath} is key {keyId}");
            return ExitCodes.CaseFailed;
        }

        checkpoint = signed.Checkpoint;
        return ExitCodes.Success;
    }

    private static ProvinceKey? LoadKey(string path, bool needPrivate, TextWriter error)
    {
        try
        {
            var key = ProvinceKey.ReadFile(path);
            if (!needPrivate || key.HasPrivateKey) return key;
            key.Dispose();
            error.WriteLine($"{MessageText.Printable(path, 260)}: holds a public key only; signing needs the private key");
            return null;
        }
        catch (InvalidInputException ex)
        {
            foreach (var line in ex.Lines) error.WriteLine(line);
            return null;
        }
    }

    private static void WriteBreak(Database database, AuditChainReport report, AuditChainBreak broken, TextWriter output)
    {
        var entry = broken.Id == Guid.Empty ? $"entry {broken.Sequence}" : $"entry {broken.Sequence} ({broken.Id})";
        output.WriteLine($"{database.Name}: audit chain broken at {entry}: {broken.Kind.ToString().ToLowerInvariant()}: {MessageText.Printable(broken.Reason, 200)}");
        var holding = broken.Id == Guid.Empty ? report.Entries : report.Entries - 1;
        output.WriteLine($"{holding} entries before it hold; the last of them has hash {report.LastHash}");
    }

    /// <summary>The database named on the command line, opened read-only.</summary>
    private sealed record Database(string? Sqlite, string? Postgres)
    {
        public string Name => Sqlite is null ? "the PostgreSQL database" : MessageText.Printable(Sqlite, 260);

        public int Use(string command, TextWriter output, TextWriter error, Func<FriendlyGovDbContext, int> act)
        {
            if ((Sqlite is null) == (Postgres is null))
            {
                error.WriteLine($"friendlygov audit {command}: give exactly one of --sqlite PATH or --postgres CONNECTION-STRING");
                return ExitCodes.UnusableInput;
            }

            if (Sqlite is not null && string.IsNullOrWhiteSpace(Sqlite))
            {
                error.WriteLine($"friendlygov audit {command}: --sqlite is empty: give a FriendlyGov SQLite file");
                return ExitCodes.UnusableInput;
            }

            try
            {
                // One look at the file: not a regular file, or not a FriendlyGov database.
                if (Sqlite is not null && SqliteDatabaseFile.WhyNotFriendlyGov(Sqlite) is { } why)
                {
                    error.WriteLine(why == "the file does not exist" ? $"{Name}: no such database file" : $"{Name}: {why}");
                    return ExitCodes.UnusableInput;
                }

                string? readOnlyPostgres = null;
                if (Postgres is not null && (readOnlyPostgres = PostgresReadOnly(Postgres)) is null)
                {
                    // The string is not echoed: it may hold a password.
                    error.WriteLine($"{Name}: --postgres is not a connection string such as Host=localhost;Database=friendlygov;Username=auditor");
                    return ExitCodes.UnusableInput;
                }

                using FriendlyGovDbContext context = Sqlite is not null ? SqliteDatabaseFile.ReadOnlyContext(Sqlite) : AuditCommand.Postgres(readOnlyPostgres!);
                var pending = context.Database.GetPendingMigrations().Count();
                if (pending > 0)
                {
                    error.WriteLine(pending == context.Database.GetMigrations().Count()
                        ? $"{Name}: not a FriendlyGov database (it holds none of its tables)"
                        : $"{Name}: its schema is older than this version ({pending} migration(s) missing): open it once with the FriendlyGov library to migrate it, then {command}");
                    return ExitCodes.UnusableInput;
                }

                return act(context);
            }
            catch (Exception e) when (e is DbException or IOException or UnauthorizedAccessException or TimeoutException or InvalidOperationException { InnerException: DbException })
            {
                error.WriteLine($"{Name}: cannot be read as a FriendlyGov database: {MessageText.Printable((e.InnerException ?? e).Message, 200)}");
                return ExitCodes.UnusableInput;
            }
            catch (Exception e) when (e is FormatException or InvalidCastException)
            {
                // FriendlyGov writes every column of the trail itself: a value of the wrong kind (an id
                // that is not a GUID) was put there by someone else.
                output.WriteLine($"{Name}: audit chain broken: an entry holds a value FriendlyGov never writes: {MessageText.Printable(e.Message, 200)}");
                return ExitCodes.CaseFailed;
            }
        }
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

    /// <summary>A read-only context on a SQLite database file, writing nothing beside it; null when there is no such file.</summary>
    internal static SqliteFriendlyGovDbContext? Sqlite(string path) => File.Exists(path) ? SqliteDatabaseFile.ReadOnlyContext(path) : null;

    /// <summary>A context on a PostgreSQL database.</summary>
    internal static PostgresFriendlyGovDbContext Postgres(string connection) =>
        new(new DbContextOptionsBuilder<PostgresFriendlyGovDbContext>().UseNpgsql(connection, npgsql => npgsql.UseNodaTime()).Options);
}
