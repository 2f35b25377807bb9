using System.Reflection;
using System.Runtime.ExceptionServices;
using FriendlyGov.Application.Ports;
using FriendlyGov.Domain;

namespace FriendlyGov.Application.Tests.Contract;

/// <summary>
/// Stands in for the stores' <see cref="IReadRepository{T}"/> of one aggregate: counts each call on
/// a <see cref="ReadCount"/>, then makes it on the stores' own repository.
/// </summary>
/// <remarks>Not sealed: <see cref="DispatchProxy"/> derives the proxy's type from it.</remarks>
/// <typeparam name="T">The aggregate.</typeparam>
public class CountingReadRepository<T> : DispatchProxy
    where T : AggregateRoot
{
    private IReadRepository<T>? _inner;
    private ReadCount? _count;

    /// <summary>Makes this proxy count its calls on <paramref name="count"/> and make them on <paramref name="inner"/>.</summary>
    /// <param name="inner">The stores' repository.</param>
    /// <param name="count">Where the reads are counted.</param>
    internal void Attach(IReadRepository<T> inner, ReadCount count)
    {
        _inner = inner;
        _count = count;
    }

    /// <inheritdoc />
    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        _count!.Add();
        try
        {
            return targetMethod.Invoke(_inner, args);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            ExceptionDispatchInfo.Throw(e.InnerException);
            throw;
        }
    }
}
