using System.Data.Common;
using System.Text;
using FriendlyGov.Infrastructure.Persistence.Bulk;
using Npgsql;

namespace FriendlyGov.Infrastructure.Persistence;

/// <summary>
/// Inserts rows with PostgreSQL's binary <c>COPY … FROM STDIN</c>: one command streams every
/// row, each value written in the column's own binary format, inside the save's transaction.
/// </summary>
internal sealed class NpgsqlCopyBulkWriter : IBulkWriter
{
    /// <summary>The writer.</summary>
    public static NpgsqlCopyBulkWriter Instance { get; } = new();

    /// <inheritdoc />
    public async Task InsertAsync(DbConnection connection, DbTransaction transaction, BulkTable table, IReadOnlyList<object> rows, BulkProgress progress, CancellationToken cancellationToken)
    {
        Guard.Against.Null(table);
        Guard.Against.Null(rows);
        Guard.Against.Null(progress);
        var npgsql = connection as NpgsqlConnection ?? throw new InvalidOperationException($"Binary COPY needs an Npgsql connection, not {connection?.GetType().Name}.");
        var columns = table.Columns;
        var types = columns.Select(c => c.Mapping.StoreTypeNameBase).ToArray();
        var importer = await npgsql.BeginBinaryImportAsync(CopySql(table), cancellationToken).ConfigureAwait(false);
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

                progress.Wrote(r + 1);
            }

            await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static string CopySql(BulkTable table)
    {
        var sql = new StringBuilder("COPY ");
        if (table.Schema is { } schema) sql.Append(BulkTable.Quoted(schema)).Append('.');
        sql.Append(BulkTable.Quoted(table.Name)).Append(" (").AppendJoin(", ", table.Columns.Select(c => BulkTable.Quoted(c.Name))).Append(") FROM STDIN (FORMAT BINARY)");
        return sql.ToString();
    }
}
