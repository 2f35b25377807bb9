using System.CommandLine;
using FriendlyGov.Application;
using FriendlyGov.Application.Dossiers.ImportDossierStatistics;
using FriendlyGov.Application.Ports;
using FriendlyGov.Application.Validation;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Dossiers;
using FriendlyGov.Frameworks;
using FriendlyGov.Infrastructure;
using MediatR;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace FriendlyGov.Cli.Commands;

/// <summary>
/// <c>friendlygov dossiers import FILE --database PATH</c>: records the dossier statistics of a CSV
/// file (<see href="https://github.com/friendlygov/friendlygov/blob/main/docs/formats.md">docs/formats.md</see>) in a FriendlyGov SQLite database, all or nothing.
/// </summary>
/// <remarks>
/// The command acts as <see cref="Importer"/>, <c>friendlygov-cli</c>, a data importer of every
/// province: whoever may write the database file may already change anything in it, so the
/// command asks no more. The database must exist, be a FriendlyGov database (its migrations
/// history names FriendlyGov migrations: any other file, even an empty one, is refused and left
/// byte for byte as it was) and hold the units the rows name; it is migrated to the current
/// schema first. <c>--create</c> creates a missing database, and removes it again when the
/// import is refused.
/// </remarks>
internal static class DossiersCommand
{
    /// <summary>The actor the command sends its request as.</summary>
    public static Actor Importer { get; } = new("friendlygov-cli", new HashSet<ActorRole> { ActorRole.DataImporter });

    /// <summary>The <c>dossiers</c> command and its <c>import</c> subcommand.</summary>
    /// <param name="output">Standard output: what was recorded.</param>
    /// <param name="error">Standard error: one line per problem.</param>
    /// <returns>The command.</returns>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("FILE") { Description = "A CSV file: unitCode,period,received,resolvedOnTime,resolvedLate,overdue,pending,filedOnline." };
        var database = new Option<string>("--database") { Description = "The FriendlyGov SQLite database file to record into.", Required = true };
        var create = new Option<bool>("--create") { Description = "Create the database when it does not exist (it is removed again if the import is refused)." };
        var import = new Command("import", "Record the dossier statistics of a CSV file, all or nothing; every bad row is named by row and column.") { file, database, create };
        import.SetAction(parsed => Import(parsed.GetRequiredValue(file), parsed.GetRequiredValue(database), parsed.GetValue(create), output, error));
        return new Command("dossiers", "Administrative procedure dossier statistics (hồ sơ thủ tục hành chính).") { import };
    }

    private static int Import(string path, string database, bool create, TextWriter output, TextWriter error)
    {
        if (string.IsNullOrWhiteSpace(database))
        {
            error.WriteLine("friendlygov dossiers import: --database is empty: give the FriendlyGov SQLite file that holds the units");
            return ExitCodes.UnusableInput;
        }

        InputFiles.ThrowIfRefused("dossiers import", path);
        var rows = DossierStatisticsCsv.ReadFile(path);
        var shownPath = MessageText.Printable(path, 260);
        var shownDatabase = MessageText.Printable(database, 260);
        var creating = create && !Path.Exists(database);
        try
        {
            if (!creating && Refusal(database) is { } refusal)
            {
                error.WriteLine($"{shownDatabase}: {refusal}");
                return ExitCodes.UnusableInput;
            }

            if (rows.Count == 0)
            {
                output.WriteLine($"{shownPath}: no rows; nothing recorded");
                return ExitCodes.Success;
            }

            var recorded = Record(path, database, rows, creating, output, error);
            if (recorded != ExitCodes.Success && creating) RemoveCreated(database);
            return recorded;
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException)
        {
            if (creating) RemoveCreated(database);
            error.WriteLine($"{shownDatabase}: cannot be used as a FriendlyGov database: {MessageText.Printable(e.Message, 200)}");
            return ExitCodes.UnusableInput;
        }
    }

    /// <summary>Why an existing <paramref name="database"/> may not be opened for writing; <see langword="null"/> when it may.</summary>
    private static string? Refusal(string database) => SqliteDatabaseFile.WhyNotFriendlyGov(database) switch
    {
        "the file does not exist" => "no such database: give the FriendlyGov SQLite file that holds the units (or --create to make one)",
        var why => why,
    };

    private static int Record(string path, string database, IReadOnlyList<DossierStatisticsRow> rows, bool creating, TextWriter output, TextWriter error)
    {
        var shownPath = MessageText.Printable(path, 260);
        var connection = new SqliteConnectionStringBuilder
        {
            DataSource = database,
            Mode = creating ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite,
            Pooling = false,
        }.ToString();
        using var services = new ServiceCollection()
            .AddFriendlyGov()
            .AddFriendlyGovSqlite(connection)
            .AddSingleton<ICurrentActor>(new ImporterActor())
            .AddSingleton<IClock>(SystemClock.Instance)
            .BuildServiceProvider();
        using var scope = services.CreateScope();
        try
        {
            var result = scope.ServiceProvider.GetRequiredService<IMediator>()
                .Send(new ImportDossierStatistics(Guid.NewGuid(), Path.GetFileName(path), rows))
                .GetAwaiter().GetResult();
            output.WriteLine($"{shownPath}: recorded {result.Rows} row(s) in {MessageText.Printable(database, 260)}: {result.Added} added, {result.Revised} revised, {result.Unchanged} unchanged");
            return ExitCodes.Success;
        }
        catch (ValidationException e)
        {
            foreach (var problem in e.Problems) error.WriteLine($"{shownPath}: {problem}");
            return ExitCodes.UnusableInput;
        }
        catch (ConcurrencyException e)
        {
            // Another import saved the same unit and period first; this one was rolled back whole.
            error.WriteLine($"{MessageText.Printable(database, 260)}: {MessageText.Printable(e.Message, 300)}");
            return ExitCodes.UnusableInput;
        }
        catch (DbUpdateException e)
        {
            // The save was rolled back as a whole: nothing of the file is recorded.
            error.WriteLine($"{MessageText.Printable(database, 260)}: the rows could not be saved, nothing was recorded: {MessageText.Printable((e.InnerException ?? e).Message, 200)}");
            return ExitCodes.UnusableInput;
        }
    }

    /// <summary>Removes a database this command created, with the journal files SQLite keeps beside it.</summary>
    private static void RemoveCreated(string database)
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { database, database + "-journal", database + "-wal", database + "-shm" })
        {
            if (File.Exists(file)) File.Delete(file);
        }
    }

    private sealed class ImporterActor : ICurrentActor
    {
        public Actor Actor => Importer;
    }
}
