using System.Text;
using FriendlyGov.Domain;
using FriendlyGov.Frameworks;
using FriendlyGov.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace FriendlyGov.Cli.Commands;

/// <summary>
/// A SQLite file a user names on the command line, looked at before anything writes to it: a
/// command opens an existing file only when it is a FriendlyGov database, and reads it without
/// writing anything into it or beside it.
/// </summary>
internal static class SqliteDatabaseFile
{
    private static readonly byte[] Magic = Encoding.ASCII.GetBytes("SQLite format 3\0");

    /// <summary>
    /// A connection string that reads <paramref name="path"/> and writes nothing, neither into it
    /// nor beside it: a WAL-mode file that nobody has open (no <c>-wal</c> file beside it) is
    /// opened immutable, since a read-only connection would otherwise create <c>-wal</c> and
    /// <c>-shm</c> files, or fail in a folder it may not write to.
    /// </summary>
    /// <param name="path">An existing SQLite file.</param>
    public static string ReadOnlyConnection(string path)
    {
        var full = Path.GetFullPath(path);
        var immutable = IsWriteAheadLog(full) && !File.Exists(full + "-wal");
        var source = immutable ? $"{new Uri(full).AbsoluteUri}?immutable=1" : full;
        return new SqliteConnectionStringBuilder { DataSource = source, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
    }

    /// <summary>
    /// Why <paramref name="path"/> is not a FriendlyGov database that a command may open, in words
    /// for a message; <see langword="null"/> when it is one. Only reads the file.
    /// </summary>
    /// <param name="path">The path the user gave.</param>
    /// <exception cref="SqliteException">The file cannot be read as SQLite.</exception>
    public static string? WhyNotFriendlyGov(string path)
    {
        if (InputFile.WhyNotRegular(path) is { } why) return why;
        var header = new byte[Magic.Length];
        int read;
        using (var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
            read = file.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        if (read == 0) return "not a FriendlyGov database: the file is empty";
        if (read < Magic.Length || !header.AsSpan().SequenceEqual(Magic)) return "not a FriendlyGov database: not a SQLite file";

        using var context = ReadOnlyContext(path);
        var ours = context.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        var applied = AppliedMigrations(context);
        return applied.Any(ours.Contains) ? null : "not a FriendlyGov database (it holds none of its tables)";
    }

    /// <summary>A context that reads <paramref name="path"/> through <see cref="ReadOnlyConnection"/>.</summary>
    /// <param name="path">An existing SQLite file.</param>
    public static SqliteFriendlyGovDbContext ReadOnlyContext(string path) =>
        new(new DbContextOptionsBuilder<SqliteFriendlyGovDbContext>().UseSqlite(ReadOnlyConnection(path)).Options);

    private static List<string> AppliedMigrations(SqliteFriendlyGovDbContext context)
    {
        var connection = context.Database.GetDbConnection();
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory'";
        if (command.ExecuteScalar() is null) return [];
        command.CommandText = "SELECT \"MigrationId\" FROM \"__EFMigrationsHistory\"";
        using var reader = command.ExecuteReader();
        var applied = new List<string>();
        while (reader.Read()) applied.Add(reader.IsDBNull(0) ? string.Empty : reader.GetValue(0).ToString() ?? string.Empty);
        return applied;
    }

    /// <summary>Bytes 18 and 19 of a SQLite header are 2 for a database in write-ahead-log mode.</summary>
    private static bool IsWriteAheadLog(string path)
    {
        var header = new byte[20];
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        return file.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) == header.Length
            && header.AsSpan(0, Magic.Length).SequenceEqual(Magic)
            && header[18] == 2 && header[19] == 2;
    }
}
