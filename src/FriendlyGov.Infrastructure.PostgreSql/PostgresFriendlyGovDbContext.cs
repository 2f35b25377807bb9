using FriendlyGov.Infrastructure.Persistence.Bulk;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace FriendlyGov.Infrastructure.Persistence;

/// <summary>
/// The FriendlyGov database on PostgreSQL, for a province or the whole country. NodaTime types
/// are stored natively through Npgsql's NodaTime plugin: local dates as <c>date</c>, instants as
/// <c>timestamp with time zone</c>.
/// </summary>
/// <param name="options">The context's options.</param>
public sealed class PostgresFriendlyGovDbContext(DbContextOptions<PostgresFriendlyGovDbContext> options) : FriendlyGovDbContext(options), IStoreErrors
{
    /// <summary>The key of the advisory lock that serializes appends to the audit trail ("FGAUDIT1" in ASCII).</summary>
    internal const long AuditTrailLockKey = 0x4647_4155_4449_5431;

    /// <inheritdoc />
    /// <remarks>PostgreSQL's SQLSTATE <c>23505</c>, <c>unique_violation</c> (a primary key violation reports it too).</remarks>
    bool IStoreErrors.IsUniqueKeyViolation(Exception storeError) =>
        storeError is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
    /// <remarks>Binary <c>COPY</c>.</remarks>
    internal override IBulkWriter BulkWriter => NpgsqlCopyBulkWriter.Instance;

    /// <inheritdoc />
    /// <remarks>A transaction-scoped advisory lock (<c>pg_advisory_xact_lock</c>), released when the transaction ends.</remarks>
    protected internal override async Task LockAuditTrailAsync(CancellationToken cancellationToken) =>
        await Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock({0})", [AuditTrailLockKey], cancellationToken).ConfigureAwait(false);
}
