using System.Reflection;
using FriendlyGov.Application.Ports;
using FriendlyGov.Domain;

namespace FriendlyGov.Application.Tests.Contract;

/// <summary>How many reads were made through a <see cref="CountingReadRepository{T}"/>, in every scope: each is a query on a database.</summary>
public sealed class ReadCount
{
    private int _reads;

    /// <summary>How many reads were made so far.</summary>
    public int Reads => Volatile.Read(ref _reads);

    /// <summary>A repository that counts its reads here and makes them on <paramref name="inner"/>.</summary>
    /// <typeparam name="T">The aggregate.</typeparam>
    /// <param name="inner">The stores' repository.</param>
    /// <returns>The counting repository.</returns>
    public IReadRepository<T> Over<T>(IReadRepository<T> inner)
        where T : AggregateRoot
    {
        var proxy = DispatchProxy.Create<IReadRepository<T>, CountingReadRepository<T>>();
        ((CountingReadRepository<T>)(object)proxy).Attach(inner, this);
        return proxy;
    }

    /// <summary>Counts one read.</summary>
    internal void Add() => Interlocked.Increment(ref _reads);
}
