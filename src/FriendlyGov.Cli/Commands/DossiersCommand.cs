using System.CommandLine;
using FriendlyGov.Application;
using FriendlyGov.Application.Dossiers.ImportDossierStatistics;
using FriendlyGov.Application.Ports;
using FriendlyGov.Application.Validation;
using FriendlyGov.Frameworks;
using FriendlyGov.Infrastructure;
using MediatR;
using Microsoft.Data.Sqlite;
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
/// command asks no more. The database must exist and hold the units the rows name; it is
/// migrated to the current schema first.
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
        var import = new Command("import", "Record the dossier statistics of a CSV file, all or nothing; every bad row is named by row and column.") { file, database };
        import.SetAction(parsed => Import(parsed.GetRequiredValue(file), parsed.GetRequiredValue(database), output, error));
        return new Command("dossiers", "Administrative procedure dossier statistics (hồ sơ thủ tục hành chính).") { import };
    }

    private static int Import(string path, string database, TextWriter output, TextWriter error)
    {
        var rows = DossierStatisticsCsv.ReadFile(path);
        if (!File.Exists(database))
        {
            error.WriteLine($"{database}: no such database: give the FriendlyGov SQLite file that holds the units");
            return ExitCodes.UnusableInput;
        }

        if (rows.Count == 0)
        {
            output.WriteLine($"{path}: no rows; nothing recorded");
            return ExitCodes.Success;
        }

        var connection = new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString();
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
            output.WriteLine($"{path}: recorded {result.Rows} row(s) in {database}: {result.Added} added, {result.Revised} revised, {result.Unchanged} unchanged");
            return ExitCodes.Success;
        }
        catch (ValidationException e)
        {
            foreach (var problem in e.Problems) error.WriteLine($"{path}: {problem}");
            return ExitCodes.UnusableInput;
        }
        catch (SqliteException e)
        {
            error.WriteLine($"{database}: cannot be used as a FriendlyGov database: {e.Message}");
            return ExitCodes.UnusableInput;
        }
    }

    private sealed class ImporterActor : ICurrentActor
    {
        public Actor Actor => Importer;
    }
}
