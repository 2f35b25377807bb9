namespace FriendlyGov.Application;

/// <summary>
/// A request that changes something. It carries the client's <see cref="RequestId"/>: sending the
/// same command again returns the first result and changes nothing again. Every accepted
/// command is written to the audit trail.
/// </summary>
/// <typeparam name="TResponse">What the command returns.</typeparam>
public interface ICommand<out TResponse> : IRequest<TResponse>
{
    /// <summary>The client's id for this request; the same id on a retry.</summary>
    Guid RequestId { get; }
}
