using System.Data.Common;
using System.Globalization;
using System.Text;

namespace FriendlyGov.Infrastructure.Persistence.Bulk;

/// <summary>
/// Inserts rows with one prepared <c>INSERT</c> run once per row, its parameters set again for
/// each: SQLite's fastest path, in process, with no round trip, and only plain ADO.NET.
/// </summary>
internal sealed class PreparedStatementBulkWriter : IBulkWriter
{
    /// <summary>The writer.</summary>
    public static PreparedStatementBulkWriter Instance { get; } = new();

    /// <inheritdoc />
    public async Task InsertAsync(DbConnection connection, DbTransaction transaction, BulkTable table, IReadOnlyList<object> rows, BulkProgress progress, CancellationToken cancellationToken)
    {
        Guard.Against.Null(connection);
        Guard.Against.Null(table);
        Guard.Against.Null(rows);
        Guard.Against.Null(progress);
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.Transaction = transaction;
            command.CommandText = InsertSql(table);
            var parameters = new DbParameter[table.Columns.Count];
            for (var c = 0; c < parameters.Length; c++)
            {
                // The mapping sets the parameter as EF Core would (a Guid as TEXT on SQLite, not a BLOB).
                parameters[c] = table.Columns[c].Mapping.CreateParameter(command, Parameter(c), null);
                command.Parameters.Add(parameters[c]);
            }

            await command.PrepareAsync(cancellationToken).ConfigureAwait(false);
            progress.Starting();
            for (var r = 0; r < rows.Count; r++)
            {
                for (var c = 0; c < parameters.Length; c++) parameters[c].Value = table.Columns[c].Read(rows[r]) ?? DBNull.Value;
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                progress.Wrote(r + 1);
            }
        }
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
