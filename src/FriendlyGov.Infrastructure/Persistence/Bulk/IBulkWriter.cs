using System.Data.Common;

namespace FriendlyGov.Infrastructure.Persistence.Bulk;

/// <summary>
/// Writes many rows of one table at the provider's full speed, inside the transaction the save
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

    /// <summary>
    /// Overwrites the row of each aggregate, found by its key, only where the stored version is
    /// still the one the aggregate was read at.
    /// </summary>
    /// <param name="connection">The open connection.</param>
    /// <param name="transaction">The save's transaction.</param>
    /// <param name="table">The table and its columns.</param>
    /// <param name="rows">The aggregates.</param>
    /// <param name="readVersions">The version each aggregate was read at, in the same order.</param>
    /// <param name="progress">Told how many rows are written, now and then.</param>
    /// <param name="cancellationToken">Cancels the write; the transaction then rolls back.</param>
    /// <returns>The indexes of the rows not updated, because someone else changed them since they were read.</returns>
    Task<IReadOnlyList<int>> UpdateAsync(DbConnection connection, DbTransaction transaction, BulkTable table, IReadOnlyList<object> rows, IReadOnlyList<int> readVersions, BulkProgress progress, CancellationToken cancellationToken);
}
