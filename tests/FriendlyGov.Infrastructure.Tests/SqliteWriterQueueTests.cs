using System.Data.Common;
using FriendlyGov.Application.Ports;
using FriendlyGov.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace FriendlyGov.Infrastructure.Tests;

/// <summary>
/// Concurrent saves of one process to one SQLite file take turns before they begin their
/// transactions, rather than meeting at SQLite's write lock and sleeping there until it is free or
/// their timeout runs out.
/// </summary>
public sealed class SqliteWriterQueueTests : IDisposable
{
    private static readonly TimeSpan HeldFor = TimeSpan.FromMilliseconds(400);

    private readonly TempDirectory _folder = new();

    [Fact]
    public async Task Five_concurrent_saves_that_each_hold_the_write_lock_400_ms_all_commit_within_a_lock_timeout_of_one_second()
    {
        // Each save holds SQLite's write lock for at least 400 ms before it commits. Meeting at the
        // lock, the fourth and fifth saves would wait 1.2 s and 1.6 s, beyond the connection's
        // one-second timeout, and fail with "database is locked"; taking turns in the process,
        // none waits for the lock at all.
        var cancel = TestContext.Current.CancellationToken;
        var collection = new ServiceCollection();
        collection.AddFriendlyGovSqlite(
            $"Data Source={Path.Combine(_folder.Path, "friendlygov.db")};Default Timeout=1",
            options => options.AddInterceptors(new HoldBeforeCommit(HeldFor)));
        await using var services = collection.BuildServiceProvider();

        await Task.WhenAll(Enumerable.Range(1, 5).Select(i => Task.Run(async () =>
        {
            await using var scope = services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<IAuditTrail>().Append(new Domain.Audit.AuditEntry(
                Guid.NewGuid(), Instant.FromUtc(2025, 2, 1, 0, i), "admin", "RecordFeedback", $"unit/{i}", $"save {i}"));
            await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(cancel);
        }, cancel)));

        using var check = services.CreateScope();
        var report = await AuditTrailVerifier.VerifyAsync(check.ServiceProvider.GetRequiredService<FriendlyGovDbContext>(), cancel);
        (report.Entries, report.Break).Should().Be((5, null), "every save committed once, linked in the order they took turns");
    }

    /// <inheritdoc />
    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    /// <summary>Holds each transaction open, with its write lock, for a while before it commits.</summary>
    private sealed class HoldBeforeCommit(TimeSpan delay) : DbTransactionInterceptor
    {
        public override async ValueTask<InterceptionResult> TransactionCommittingAsync(
            DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
        {
            await Task.Delay(delay, cancellationToken);
            return result;
        }
    }
}
