using System.Data.Common;
using System.Globalization;
using System.Text;

namespace FriendlyGov.Infrastructure.Persistence.Bulk;

/// <summary>
/// Inserts or updates rows with one prepared <c>INSERT</c> or <c>UPDATE</c> run once per row, its
/// parameters set again for each: SQLite's fastest path, in process, with no round trip, and only
/// plain ADO.NET.
/// </summary>
internal sealed class PreparedStatementBulkWriter : IBulkWriter
{
    /// <summary>The writer.</summary>
    public static PreparedStatementBulkWriter Instance { get; } = new();

    /// <inheritdoc />
    public async Task InsertAsync(DbConnection connection, DbTransaction transaction, BulkTable table, IReadOnlyList<object> rows, BulkProgress progress, CancellationToken cancellationToken)
    {
        Guard.Against.Null(table);
        Guard.Against.Null(rows);
        Guard.Against.Null(progress);
        var command = await PreparedAsync(connection, transaction, table, InsertSql(table), versionRead: false, cancellationToken).ConfigureAwait(false);
        await using (command.ConfigureAwait(false))
        {
            progress.Starting();
            for (var r = 0; r < rows.Count; r++)
            {
                Set(command, table, rows[r]);
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                progress.Wrote(r + 1);
            }
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<int>> UpdateAsync(DbConnection connection, DbTransaction transaction, BulkTable table, IReadOnlyList<object> rows, IReadOnlyList<int> readVersions, BulkProgress progress, CancellationToken cancellationToken)
    {
        Guard.Against.Null(table);
        Guard.Against.Null(rows);
        Guard.Against.Null(readVersions);
        Guard.Against.Null(progress);
        var stale = new List<int>();
        var command = await PreparedAsync(connection, transaction, table, UpdateSql(table), versionRead: true, cancellationToken).ConfigureAwait(false);
        await using (command.ConfigureAwait(false))
        {
            var versionRead = command.Parameters[table.Columns.Count];
            progress.Starting();
            for (var r = 0; r < rows.Count; r++)
            {
                Set(command, table, rows[r]);
                versionRead.Value = readVersions[r];
                if (await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) != 1) stale.Add(r);
                progress.Wrote(r + 1);
            }
        }

        return stale;
    }

    private static async Task<DbCommand> PreparedAsync(DbConnection connection, DbTransaction transaction, BulkTable table, string sql, bool versionRead, CancellationToken cancellationToken)
    {
        Guard.Against.Null(connection);
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        for (var c = 0; c < table.Columns.Count; c++)
        {
            // The mapping sets the parameter as EF Core would (a Guid as TEXT on SQLite, not a BLOB).
            command.Parameters.Add(table.Columns[c].Mapping.CreateParameter(command, Parameter(c), null));
        }

        if (versionRead) command.Parameters.Add(table.Columns[table.Version].Mapping.CreateParameter(command, Parameter(table.Columns.Count), null));
        await command.PrepareAsync(cancellationToken).ConfigureAwait(false);
        return command;
    }

    private static void Set(DbCommand command, BulkTable table, object row)
    {
        for (var c = 0; c < table.Columns.Count; c++) command.Parameters[c].Value = table.Columns[c].Read(row) ?? DBNull.Value;
    }

    private static string UpdateSql(BulkTable table)
    {
        var sql = new StringBuilder("UPDATE ").Append(BulkTable.Quoted(table.Name)).Append(" SET ");
        sql.AppendJoin(", ", Enumerable.Range(0, table.Columns.Count).Where(c => c != table.Key).Select(c => $"{BulkTable.Quoted(table.Columns[c].Name)} = {Parameter(c)}"));
        sql.Append(" WHERE ").Append(BulkTable.Quoted(table.Columns[table.Key].Name)).Append(" = ").Append(Parameter(table.Key));
        sql.Append(" AND ").Append(BulkTable.Quoted(table.Columns[table.Version].Name)).Append(" = ").Append(Parameter(table.Columns.Count));
        return sql.ToString();
    }

    private static string InsertSql(BulkTable table)
    {
        var sql = new StringBuilder("INSERT INTO ").Append(BulkTable.Quoted(table.Name)).Append(" (");
        sql.AppendJoin(", ", table.Columns.Select(c => BulkTable.Quoted(c.Name))).Append(") VALUES (");
        sql.AppendJoin(", ", Enumerable.Range(0, table.Columns.Count).Select(Parameter)).Append(')');
        return sql.ToString();
    }

    private static string Parameter(int index) => "@p" + index.ToString(CultureInfo.InvariantCulture);
}
