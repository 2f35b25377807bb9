using System.Data.Common;
using System.Text;
using FriendlyGov.Infrastructure.Persistence.Bulk;
using Npgsql;

namespace FriendlyGov.Infrastructure.Persistence;

/// <summary>
/// Inserts rows with PostgreSQL's binary <c>COPY … FROM STDIN</c>: one command streams every
/// row, each value written in the column's own binary format, inside the save's transaction.
/// Updates copy the rows into a temporary table, then run one <c>UPDATE … FROM</c> it.
/// </summary>
internal sealed class NpgsqlCopyBulkWriter : IBulkWriter
{
    /// <summary>The writer.</summary>
    public static NpgsqlCopyBulkWriter Instance { get; } = new();

    /// <inheritdoc />
    public async Task InsertAsync(DbConnection connection, DbTransaction transaction, BulkTable table, IReadOnlyList<object> rows, BulkProgress progress, CancellationToken cancellationToken)
    {
        Guard.Against.Null(table);
        await CopyAsync(Npgsql(connection), CopySql(table.Schema, table.Name, table.Columns.Select(c => c.Name)), table, rows, null, progress, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<int>> UpdateAsync(DbConnection connection, DbTransaction transaction, BulkTable table, IReadOnlyList<object> rows, IReadOnlyList<int> readVersions, BulkProgress progress, CancellationToken cancellationToken)
    {
        Guard.Against.Null(table);
        Guard.Against.Null(rows);
        var npgsql = Npgsql(connection);
        var target = (table.Schema is { } schema ? BulkTable.Quoted(schema) + "." : string.Empty) + BulkTable.Quoted(table.Name);
        var staging = BulkTable.Quoted("bulk_" + table.Name);
        await ExecuteAsync(npgsql, $"CREATE TEMP TABLE {staging} (LIKE {target}, \"bulk_read_version\" integer, \"bulk_row\" integer)", cancellationToken).ConfigureAwait(false);
        await CopyAsync(npgsql, CopySql(null, "bulk_" + table.Name, [.. table.Columns.Select(c => c.Name), "bulk_read_version", "bulk_row"]), table, rows, readVersions, progress, cancellationToken).ConfigureAwait(false);

        var key = BulkTable.Quoted(table.Columns[table.Key].Name);
        var version = BulkTable.Quoted(table.Columns[table.Version].Name);
        var sql = new StringBuilder("UPDATE ").Append(target).Append(" AS t SET ");
        sql.AppendJoin(", ", table.Columns.Where((_, c) => c != table.Key).Select(c => $"{BulkTable.Quoted(c.Name)} = s.{BulkTable.Quoted(c.Name)}"));
        sql.Append(" FROM ").Append(staging).Append(" AS s WHERE t.").Append(key).Append(" = s.").Append(key)
            .Append(" AND t.").Append(version).Append(" = s.\"bulk_read_version\" RETURNING s.\"bulk_row\"");
        var updated = new bool[rows.Count];
        var command = new NpgsqlCommand(sql.ToString(), npgsql);
        await using (command.ConfigureAwait(false))
        {
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) updated[reader.GetInt32(0)] = true;
            }
        }

        await ExecuteAsync(npgsql, $"DROP TABLE {staging}", cancellationToken).ConfigureAwait(false);
        return [.. Enumerable.Range(0, rows.Count).Where(r => !updated[r])];
    }

    private static NpgsqlConnection Npgsql(DbConnection connection) =>
        connection as NpgsqlConnection ?? throw new InvalidOperationException($"Binary COPY needs an Npgsql connection, not {connection?.GetType().Name}.");

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        var command = new NpgsqlCommand(sql, connection);
        await using (command.ConfigureAwait(false)) await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Streams each row's columns, and its read version and index when <paramref name="readVersions"/> is given.</summary>
    private static async Task CopyAsync(NpgsqlConnection connection, string copy, BulkTable table, IReadOnlyList<object> rows, IReadOnlyList<int>? readVersions, BulkProgress progress, CancellationToken cancellationToken)
    {
        Guard.Against.Null(rows);
        Guard.Against.Null(progress);
        var columns = table.Columns;
        var types = columns.Select(c => c.Mapping.StoreTypeNameBase).ToArray();
        var importer = await connection.BeginBinaryImportAsync(copy, cancellationToken).ConfigureAwait(false);
        await using (importer.ConfigureAwait(false))
        {
            progress.Starting();
            for (var r = 0; r < rows.Count; r++)
            {
                await importer.StartRowAsync(cancellationToken).ConfigureAwait(false);
                for (var c = 0; c < columns.Count; c++)
                {
                    if (columns[c].Read(rows[r]) is { } value) await importer.WriteAsync(value, types[c], cancellationToken).ConfigureAwait(false);
                    else await importer.WriteNullAsync(cancellationToken).ConfigureAwait(false);
                }

                if (readVersions is not null)
                {
                    await importer.WriteAsync(readVersions[r], NpgsqlTypes.NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
                    await importer.WriteAsync(r, NpgsqlTypes.NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
                }

                progress.Wrote(r + 1);
            }

            await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static string CopySql(string? schema, string table, IEnumerable<string> columns)
    {
        var sql = new StringBuilder("COPY ");
        if (schema is not null) sql.Append(BulkTable.Quoted(schema)).Append('.');
        sql.Append(BulkTable.Quoted(table)).Append(" (").AppendJoin(", ", columns.Select(BulkTable.Quoted)).Append(") FROM STDIN (FORMAT BINARY)");
        return sql.ToString();
    }
}
