using System.Collections.Concurrent;

namespace FriendlyGov.Application.Tests.Permissions;

/// <summary>
/// The state each row of the matrix needs, arranged once and shared by the actors the row
/// refuses: a refused request changes nothing (each of those cases checks it against the
/// snapshot taken right after arranging), so the next refused actor finds the same state. An
/// allowed actor changes it, and gets a deployment of their own.
/// </summary>
public sealed class MatrixFixture : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<Task<ArrangedRow>>> _rows = new(StringComparer.Ordinal);

    /// <summary>Runs <paramref name="act"/> on the row's shared deployment, one case at a time.</summary>
    /// <param name="scenario">The row.</param>
    /// <param name="act">What the case does with the deployment, the request and the snapshot taken after arranging.</param>
    /// <returns>A task.</returns>
    public async Task InSharedWorld(MatrixScenario scenario, Func<MatrixWorld, object, StoreSnapshot, Task> act)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(act);
        var row = await _rows.GetOrAdd(scenario.Name, _ => new Lazy<Task<ArrangedRow>>(() => ArrangeAsync(scenario))).Value;
        await row.Gate.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            await act(row.World, row.Request, row.Arranged);
        }
        finally
        {
            row.Gate.Release();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var lazy in _rows.Values.Where(l => l.IsValueCreated))
        {
            var row = await lazy.Value;
            await row.World.DisposeAsync();
            row.Gate.Dispose();
        }
    }

    private static async Task<ArrangedRow> ArrangeAsync(MatrixScenario scenario)
    {
        var world = new MatrixWorld();
        var request = await scenario.Arrange(world);
        return new ArrangedRow(world, request, world.Snapshot(), new SemaphoreSlim(1, 1));
    }

    private sealed record ArrangedRow(MatrixWorld World, object Request, StoreSnapshot Arranged, SemaphoreSlim Gate);
}
