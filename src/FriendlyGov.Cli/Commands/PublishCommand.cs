using System.CommandLine;
using FriendlyGov.Application;
using FriendlyGov.Application.Ports;
using FriendlyGov.Application.Rounds.GetRoundResult;
using FriendlyGov.Frameworks;
using FriendlyGov.Infrastructure;
using FriendlyGov.Infrastructure.Persistence;
using MediatR;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NodaTime;

namespace FriendlyGov.Cli.Commands;

/// <summary>
/// <c>friendlygov publish (--sqlite PATH | --postgres CONNECTION-STRING) --round ID --out FILE [--key KEY.pem]</c>:
/// writes a round's result bundle (<c>friendlygov.result/1</c>) through the <see cref="GetRoundResult"/>
/// query, signed with the province's key when one is given.
/// </summary>
/// <remarks>
/// The command reads as an administrator of the round's province: whoever may read the database
/// may already read every figure in it. Nothing is written to the database; one whose schema is
/// older than this version is refused, as <c>audit verify</c> refuses it. Exit 0 printing the file
/// and the number of units; 2 when the database, the round, the key or the output cannot be used.
/// </remarks>
internal static class PublishCommand
{
    /// <summary>The <c>publish</c> command.</summary>
    /// <param name="output">Standard output: what was written.</param>
    /// <param name="error">Standard error: why it could not be.</param>
    /// <returns>The command.</returns>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var sqlite = new Option<string>("--sqlite") { Description = "A FriendlyGov SQLite database file." };
        var postgres = new Option<string>("--postgres") { Description = "A connection string to a FriendlyGov PostgreSQL database." };
        var round = new Option<Guid>("--round") { Description = "The round's id.", Required = true };
        var file = new Option<string>("--out") { Description = "The result bundle file to write.", Required = true };
        var key = new Option<string>("--key") { Description = "The province's private key (PEM, ECDSA P-256) to sign the bundle with." };
        var command = new Command("publish", "Write a round's published results as a result bundle (friendlygov.result/1), signed with --key.") { sqlite, postgres, round, file, key };
        command.SetAction(parsed => Publish(parsed.GetValue(sqlite), parsed.GetValue(postgres), parsed.GetRequiredValue(round), parsed.GetRequiredValue(file), parsed.GetValue(key), output, error));
        return command;
    }

    private static int Publish(string? sqlite, string? postgres, Guid roundId, string file, string? keyPath, TextWriter output, TextWriter error)
    {
        if ((sqlite is null) == (postgres is null))
        {
            error.WriteLine("friendlygov publish: give exactly one of --sqlite PATH or --postgres CONNECTION-STRING");
            return ExitCodes.UnusableInput;
        }

        using var key = keyPath is null ? null : ProvinceKey.ReadFile(keyPath);
        if (key is { HasPrivateKey: false })
        {
            error.WriteLine($"{keyPath}: key: a public key cannot sign: give the province's private key");
            return ExitCodes.UnusableInput;
        }

        var source = sqlite ?? "the PostgreSQL database";
        try
        {
            string province;
            using (FriendlyGovDbContext? context = sqlite is not null ? AuditCommand.Sqlite(sqlite) : AuditCommand.Postgres(postgres!))
            {
                if (context is null)
                {
                    error.WriteLine($"{sqlite}: no such database file");
                    return ExitCodes.UnusableInput;
                }

                if (context.Database.GetPendingMigrations().Any())
                {
                    error.WriteLine($"{source}: not a FriendlyGov database of this version: open it once with the FriendlyGov library to migrate it, then publish");
                    return ExitCodes.UnusableInput;
                }

                var found = context.Rounds.AsNoTracking().Where(r => r.Id == roundId).Select(r => r.Province).FirstOrDefault();
                if (found is null)
                {
                    error.WriteLine($"{source}: --round: there is no round {roundId}");
                    return ExitCodes.UnusableInput;
                }

                province = found;
            }

            var services = new ServiceCollection().AddFriendlyGov();
            if (sqlite is not null)
                services.AddFriendlyGovSqlite(new SqliteConnectionStringBuilder { DataSource = sqlite, Pooling = false }.ToString());
            else
                services.AddFriendlyGovPostgres(postgres!);
            using var provider = services
                .AddSingleton<ICurrentActor>(new Publisher(new Actor("friendlygov-cli", new HashSet<ActorRole> { ActorRole.ProvinceAdministrator }, province)))
                .AddSingleton<IClock>(SystemClock.Instance)
                .BuildServiceProvider();
            using var scope = provider.CreateScope();
            var bundle = scope.ServiceProvider.GetRequiredService<IMediator>().Send(new GetRoundResult(roundId)).GetAwaiter().GetResult();
            var bytes = key is null ? ResultBundleWriter.Write(bundle) : ResultBundleWriter.WriteSigned(bundle, key);
            File.WriteAllBytes(file, bytes);
            output.WriteLine($"{file}: {bundle.Units.Count} units of round {roundId} ({bundle.Province}, {bundle.Period}){(key is null ? string.Empty : $", signed by key {key.PublicKeySha256}")}");
            return ExitCodes.Success;
        }
        catch (WorkflowException e)
        {
            error.WriteLine($"{source}: {e.Message}");
            return ExitCodes.UnusableInput;
        }
        catch (Exception e) when (e is SqliteException or NpgsqlException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            error.WriteLine($"{(e is IOException or UnauthorizedAccessException ? file : source)}: {(e.InnerException ?? e).Message}");
            return ExitCodes.UnusableInput;
        }
    }

    private sealed class Publisher(Actor actor) : ICurrentActor
    {
        public Actor Actor => actor;
    }
}
