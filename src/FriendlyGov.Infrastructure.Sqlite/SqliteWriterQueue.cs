using System.Collections.Concurrent;

namespace FriendlyGov.Infrastructure.Persistence;

/// <summary>
/// One queue of writers per SQLite database file in this process, so that a save's transaction
/// begins as soon as the one before it ends.
/// </summary>
/// <remarks>
/// SQLite lets one transaction write at a time. A writer that finds the file locked is not queued
/// by SQLite: it sleeps and tries again (Microsoft.Data.Sqlite waits between attempts until the
/// command's timeout), so under concurrent requests the lock stays idle while writers sleep, and
/// a writer can wait seconds behind ones that came later. Writers that take turns here never meet
/// the lock held by another writer of this process; writers of other processes (the command line
/// beside a running app) still meet at SQLite's lock and wait for it as before.
/// </remarks>
internal static class SqliteWriterQueue
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Queues = new(StringComparer.Ordinal);

    /// <summary>Waits for the turn to write to <paramref name="databaseFile"/>.</summary>
    /// <param name="databaseFile">The database file's full path.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The turn; disposing it lets the next writer begin.</returns>
    public static async ValueTask<IDisposable?> EnterAsync(string databaseFile, CancellationToken cancellationToken)
    {
        var queue = Queues.GetOrAdd(databaseFile, static _ => new SemaphoreSlim(1, 1));
        await queue.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Turn(queue);
    }

    private sealed class Turn(SemaphoreSlim queue) : IDisposable
    {
        private int _ended;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _ended, 1) == 0) queue.Release();
        }
    }
}
