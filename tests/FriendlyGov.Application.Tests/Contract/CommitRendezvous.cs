namespace FriendlyGov.Application.Tests.Contract;

/// <summary>
/// Holds commands of one type after their handler ran and before they commit, until as many as
/// expected have arrived: two commands that read the same aggregate then race to commit it.
/// </summary>
/// <param name="requestType">The commands held.</param>
/// <param name="parties">How many must arrive before all go on.</param>
public sealed class CommitRendezvous(Type requestType, int parties)
{
    private readonly TaskCompletionSource _all = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _arrived;

    /// <summary>The commands held.</summary>
    public Type RequestType { get; } = requestType;

    /// <summary>Arrives, and waits for the others.</summary>
    /// <returns>A task that completes when all have arrived.</returns>
    public Task ArriveAsync()
    {
        if (Interlocked.Increment(ref _arrived) == parties) _all.TrySetResult();
        return _all.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }
}
