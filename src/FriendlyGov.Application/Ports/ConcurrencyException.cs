namespace FriendlyGov.Application.Ports;

/// <summary>
/// Another command changed the same aggregate first; nothing of this command was saved, and it
/// can be retried with a fresh read.
/// </summary>
/// <param name="message">Which aggregate, such as "assessment 1f… of unit 25996".</param>
/// <param name="inner">The store's own error, if any.</param>
public sealed class ConcurrencyException(string message, Exception? inner = null) : Exception(message, inner);
