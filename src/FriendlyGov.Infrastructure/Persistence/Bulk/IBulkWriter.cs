using System.Data.Common;

namespace FriendlyGov.Infrastructure.Persistence.Bulk;

/// <summary>
/// Writes new rows of one table at the provider's full speed, inside the transaction the save
/// has open: the provider package's port (a prepared statement on SQLite, binary <c>COPY</c> on
/// PostgreSQL).
/// </summary>
internal interface IBulkWriter
{
    /// <summary>Inserts one row per aggregate, reading each row only when it is written.</summary>
    /// <param name="connection">The open connection.</param>
    /// <param name="transaction">The save's transaction.</param>
    /// <param name="table">The table and its columns.</param>
    /// <param name="rows">The aggregates.</param>
    /// <param name="progress">Told how many rows are written, now and then.</param>
    /// <param name="cancellationToken">Cancels the write; the transaction then rolls back.</param>
    /// <returns>A task that completes once every row is written.</returns>
    Task InsertAsync(DbConnection connection, DbTransaction transaction, BulkTable table, IReadOnlyList<object> rows, BulkProgress progress, CancellationToken cancellationToken);
}
