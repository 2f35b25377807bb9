using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Audit;

namespace FriendlyGov.Application.Tests.Contract;

/// <summary>
/// An app's <see cref="IAuditCheckpointWriter"/> as the tests see it: it keeps each checkpoint
/// and, at the moment it is handed one, asks the test whether its entry is already committed.
/// </summary>
public sealed class CheckpointLog : IAuditCheckpointWriter
{
    private readonly List<(AuditCheckpoint Checkpoint, bool Committed)> _written = [];

    /// <summary>Reads, from a fresh scope, whether the trail holds an entry with the checkpoint's sequence and hash.</summary>
    public Func<AuditCheckpoint, Task<bool>> IsCommitted { get; set; } = _ => Task.FromResult(false);

    /// <summary>Each checkpoint handed over, and whether its entry was committed by then.</summary>
    public IReadOnlyList<(AuditCheckpoint Checkpoint, bool Committed)> Written
    {
        get
        {
            lock (_written) return [.. _written];
        }
    }

    /// <inheritdoc />
    public async Task WriteAsync(AuditCheckpoint checkpoint, CancellationToken cancellationToken)
    {
        var isCommitted = await IsCommitted(checkpoint);
        lock (_written) _written.Add((checkpoint, isCommitted));
    }
}
