using FriendlyGov.Application.Ports;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Assessments;
using FriendlyGov.Domain.Audit;
using FriendlyGov.Domain.Conduct;
using FriendlyGov.Domain.Plans;
using FriendlyGov.Domain.Dossiers;
using FriendlyGov.Domain.Feedback;
using FriendlyGov.Domain.Disclosures;
using FriendlyGov.Domain.Sessions;
using FriendlyGov.Domain.Units;
using FriendlyGov.Infrastructure.Persistence.Bulk;
using FriendlyGov.Infrastructure.Persistence.Configurations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace FriendlyGov.Infrastructure.Persistence;

/// <summary>
/// The FriendlyGov database: units, rounds, assessments, officials, conduct observations, citizen
/// feedback, dossier statistics, "Morning with the People" sessions, public disclosures,
/// coordination plans, the append-only audit trail and the idempotency records. One subclass per
/// provider carries its migrations and how it stores NodaTime types.
/// </summary>
/// <param name="options">The context's options.</param>
public abstract class FriendlyGovDbContext(DbContextOptions options) : DbContext(options)
{
    private readonly List<BulkBatch> _bulk = [];

    /// <summary>The registered units.</summary>
    public DbSet<AdministrativeUnit> Units => Set<AdministrativeUnit>();

    /// <summary>The assessment rounds.</summary>
    public DbSet<AssessmentRound> Rounds => Set<AssessmentRound>();

    /// <summary>The assessments.</summary>
    public DbSet<Assessment> Assessments => Set<Assessment>();

    /// <summary>The officials.</summary>
    public DbSet<Official> Officials => Set<Official>();

    /// <summary>The conduct observations.</summary>
    public DbSet<ConductObservation> Observations => Set<ConductObservation>();

    /// <summary>The coordination plans between a province's bodies.</summary>
    public DbSet<CoordinationPlan> CoordinationPlans => Set<CoordinationPlan>();

    /// <summary>The citizen feedback, comments redacted.</summary>
    public DbSet<CitizenFeedback> Feedback => Set<CitizenFeedback>();

    /// <summary>The dossier statistics, one per unit and period.</summary>
    public DbSet<DossierStatistics> DossierStatistics => Set<DossierStatistics>();

    /// <summary>The "Morning with the People" sessions.</summary>
    public DbSet<MorningSession> Sessions => Set<MorningSession>();

    /// <summary>The public disclosures.</summary>
    public DbSet<Disclosure> Disclosures => Set<Disclosure>();

    /// <summary>The audit trail, in the order written.</summary>
    public DbSet<AuditEntry> AuditTrail => Set<AuditEntry>();

    internal DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    /// <inheritdoc />
    /// <remarks>Added audit entries are linked into the hash chain first, as in <see cref="SaveChangesAsync(bool, CancellationToken)"/>.</remarks>
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        StagedAuditEntries().Count == 0 && _bulk.Count == 0
            ? base.SaveChanges(acceptAllChangesOnSuccess)
            : SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    /// <inheritdoc />
    /// <remarks>
    /// Added audit entries are linked into the hash chain (sequence, previous hash, hash) inside
    /// the save's transaction, under the audit trail's write lock, so that concurrent saves append
    /// one after the other; then the rows staged by <see cref="StageBulkInsert{T}"/> are written
    /// through the provider's bulk path, and those staged by <see cref="StageBulkUpdate{T}"/>, then
    /// the tracked changes. Without a transaction of the
    /// caller's, one is begun and committed here.
    /// </remarks>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var staged = StagedAuditEntries();
        if (staged.Count == 0 && _bulk.Count == 0) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken).ConfigureAwait(false);
        if (Database.CurrentTransaction is { } current)
        {
            var written = await WriteStagedAsync(current, staged, cancellationToken).ConfigureAwait(false);
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken).ConfigureAwait(false);
            _bulk.Clear();
            return written + saved;
        }

        using var writer = await EnterWriterAsync(cancellationToken).ConfigureAwait(false);
        var transaction = await Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            var written = await WriteStagedAsync(transaction, staged, cancellationToken).ConfigureAwait(false);
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            _bulk.Clear();
            return written + saved;
        }
    }

    /// <summary>
    /// The aggregates staged for the provider's bulk path and not yet saved: untracked, so the unit
    /// of work finds their domain events here rather than in the change tracker.
    /// </summary>
    internal IEnumerable<AggregateRoot> StagedBulkAggregates => _bulk.SelectMany(b => b.Rows).OfType<AggregateRoot>();

    /// <summary>
    /// Stages new aggregates to be inserted, untracked, by the provider's bulk path at the next
    /// save, in its transaction and before the tracked changes.
    /// </summary>
    /// <typeparam name="T">An aggregate mapped to a table of its own.</typeparam>
    /// <param name="aggregates">The new aggregates; each row is read from its aggregate when it is written.</param>
    internal void StageBulkInsert<T>(IReadOnlyList<T> aggregates)
        where T : class
    {
        Guard.Against.Null(aggregates);
        if (aggregates.Count == 0) return;
        _bulk.Add(new BulkBatch(TableOf<T>(), aggregates, null));
    }

    /// <summary>
    /// Stages changed aggregates to be written over their rows by the provider's bulk path at the
    /// next save, each only where its stored version is still the one it was read at; one that
    /// someone else changed since fails the save with a <see cref="ConcurrencyException"/>.
    /// </summary>
    /// <typeparam name="T">An aggregate mapped to a table of its own.</typeparam>
    /// <param name="aggregates">The aggregates, read untracked or tracked (then they stop being tracked), and changed since.</param>
    internal void StageBulkUpdate<T>(IReadOnlyList<T> aggregates)
        where T : AggregateRoot
    {
        Guard.Against.Null(aggregates);
        if (aggregates.Count == 0) return;
        var readVersions = new int[aggregates.Count];
        for (var i = 0; i < aggregates.Count; i++)
        {
            var entry = Entry(aggregates[i]);
            if (entry.State == EntityState.Detached)
            {
                // Every change raises one event and moves the version on by one (AggregateRoot.Raise),
                // and nothing takes the events before the save: the version read is the current one less them.
                readVersions[i] = aggregates[i].Version - aggregates[i].DomainEvents.Count;
            }
            else
            {
                readVersions[i] = entry.Property(a => a.Version).OriginalValue;
                entry.State = EntityState.Detached;
            }
        }

        _bulk.Add(new BulkBatch(TableOf<T>(), aggregates, readVersions));
    }

    /// <summary>
    /// Waits for this process's turn to write, before a save begins its own transaction, and holds it
    /// until the transaction ends (the returned object releases it).
    /// </summary>
    /// <remarks>
    /// Nothing to wait for by default (<see langword="null"/>): the database queues writers itself.
    /// SQLite does not: a writer that finds the database locked sleeps and polls, so writers of one
    /// process that take turns in a queue here leave no gap between one commit and the next
    /// begin. Writers of other processes still meet at the database's own lock.
    /// </remarks>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>What ends the turn when disposed, or <see langword="null"/> when there is no queue.</returns>
    protected internal virtual ValueTask<IDisposable?> EnterWriterAsync(CancellationToken cancellationToken) => ValueTask.FromResult<IDisposable?>(null);

    /// <summary>How the provider inserts many rows at once; a prepared statement by default.</summary>
    internal virtual IBulkWriter BulkWriter => PreparedStatementBulkWriter.Instance;

    /// <summary>
    /// Takes the audit trail's write lock for the rest of the current transaction, so that
    /// concurrent saves append to the hash chain one after the other.
    /// </summary>
    /// <remarks>
    /// Nothing by default: SQLite's transactions begin with <c>BEGIN IMMEDIATE</c>, which holds the
    /// database's write lock from the start. A provider whose transactions do not lock the trail
    /// (PostgreSQL) overrides this. The primary key on the sequence is the safety net either way.
    /// </remarks>
    /// <param name="cancellationToken">Cancels the wait for the lock.</param>
    /// <returns>A task that completes once the lock is held.</returns>
    protected internal virtual Task LockAuditTrailAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        Guard.Against.Null(modelBuilder);
        modelBuilder.ApplyConfiguration(new AdministrativeUnitConfiguration());
        modelBuilder.ApplyConfiguration(new AssessmentRoundConfiguration());
        modelBuilder.ApplyConfiguration(new AssessmentConfiguration());
        modelBuilder.ApplyConfiguration(new OfficialConfiguration());
        modelBuilder.ApplyConfiguration(new ConductObservationConfiguration());
        modelBuilder.ApplyConfiguration(new CoordinationPlanConfiguration());
        modelBuilder.ApplyConfiguration(new MorningSessionConfiguration());
        modelBuilder.ApplyConfiguration(new DisclosureConfiguration());
        modelBuilder.ApplyConfiguration(new AuditEntryConfiguration());
        modelBuilder.ApplyConfiguration(new IdempotencyRecordConfiguration());
        modelBuilder.ApplyConfiguration(new CitizenFeedbackConfiguration());
        modelBuilder.ApplyConfiguration(new DossierStatisticsConfiguration());
    }

    private async Task<int> WriteStagedAsync(IDbContextTransaction transaction, List<Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry<AuditEntry>> staged, CancellationToken cancellationToken)
    {
        if (staged.Count > 0) await AuditChainWriter.LinkStagedAsync(this, staged, cancellationToken).ConfigureAwait(false);
        var written = 0;
        foreach (var (table, rows, readVersions) in _bulk)
        {
            IReadOnlyList<int> stale;
            try
            {
                var connection = Database.GetDbConnection();
                var progress = new BulkProgress(table.Name);
                if (readVersions is null) await BulkWriter.InsertAsync(connection, transaction.GetDbTransaction(), table, rows, progress, cancellationToken).ConfigureAwait(false);
                stale = readVersions is null ? [] : await BulkWriter.UpdateAsync(connection, transaction.GetDbTransaction(), table, rows, readVersions, progress, cancellationToken).ConfigureAwait(false);
            }
            catch (System.Data.Common.DbException ex)
            {
                // The same exception a tracked save raises, so the unit of work reports a duplicate key alike.
                throw new DbUpdateException($"An error occurred while writing {rows.Count} row(s) to {table.Name} in bulk; nothing was saved. See the inner exception.", ex);
            }

            if (stale.Count > 0)
            {
                throw StaleWrites.Refused([.. stale.Select(i => $"{Model.FindEntityType(rows[i].GetType())?.ShortName() ?? table.Name} {((AggregateRoot)rows[i]).Id}")]);
            }

            written += rows.Count;
        }

        return written;
    }

    private BulkTable TableOf<T>() =>
        BulkTable.Of(Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not stored in this database."));

    private List<Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry<AuditEntry>> StagedAuditEntries() =>
        [.. ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added)];
}
