namespace FriendlyGov.Application;

/// <summary>A request that reads and changes nothing (it may raise notifications, such as overdue deadlines).</summary>
/// <typeparam name="TResponse">What the query returns.</typeparam>
public interface IQuery<out TResponse> : IRequest<TResponse>
{
}
