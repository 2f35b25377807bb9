namespace FriendlyGov.Infrastructure.Persistence;

/// <summary>What the <c>ChainAuditTrail</c> migrations run, the same SQL on SQLite and PostgreSQL.</summary>
internal static class AuditChainMigration
{
    /// <summary>
    /// Renumbers the entries written before the chain existed 1, 2, 3… in their order, closing
    /// the gaps a database-generated sequence leaves (a rolled-back insert on PostgreSQL). Negated
    /// first so that no new number collides with an old one while the key is being rewritten.
    /// The hashes are computed in C# after the migration (<see cref="AuditChainWriter.LockAndLinkEarlierAsync"/>).
    /// </summary>
    public static readonly string[] Renumber =
    [
        """UPDATE audit_trail SET "Sequence" = -"Sequence";""",
        """UPDATE audit_trail SET "Sequence" = r.n FROM (SELECT "Sequence" AS old, ROW_NUMBER() OVER (ORDER BY "Sequence" DESC) AS n FROM audit_trail) AS r WHERE audit_trail."Sequence" = r.old;""",
    ];
}
