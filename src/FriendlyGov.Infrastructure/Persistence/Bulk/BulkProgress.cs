using System.Diagnostics;

namespace FriendlyGov.Infrastructure.Persistence.Bulk;

/// <summary>
/// Tells a <see cref="DiagnosticListener"/> named <see cref="ListenerName"/> when a bulk write
/// starts (<c>Writing</c>) and, every <see cref="Every"/> rows, how far it is (<c>Written</c>),
/// with a payload of <c>(string Table, int Rows)</c>. With no subscriber it costs one check per row.
/// </summary>
/// <remarks>What a crash test listens to, to stop a process in the middle of a bulk's transaction.</remarks>
/// <param name="table">The table written.</param>
internal sealed class BulkProgress(string table)
{
    /// <summary>The listener's name.</summary>
    public const string ListenerName = "FriendlyGov.Infrastructure.Bulk";

    /// <summary>How many rows between two <c>Written</c> events.</summary>
    public const int Every = 1_000;

    private static readonly DiagnosticListener Listener = new(ListenerName);

    /// <summary>Says the first row is about to be written.</summary>
    public void Starting()
    {
        if (Listener.IsEnabled("Writing")) Listener.Write("Writing", (table, 0));
    }

    /// <summary>Says <paramref name="rows"/> rows are written; tells the listener every <see cref="Every"/> rows.</summary>
    /// <param name="rows">The rows written so far.</param>
    public void Wrote(int rows)
    {
        if (rows % Every == 0 && Listener.IsEnabled("Written")) Listener.Write("Written", (table, rows));
    }
}
