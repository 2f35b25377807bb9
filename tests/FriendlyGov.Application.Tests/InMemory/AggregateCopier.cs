using System.Collections;
using System.Reflection;
using FriendlyGov.Domain;

namespace FriendlyGov.Application.Tests.InMemory;

/// <summary>
/// Copies an aggregate so that each scope works on its own copy, as it would on rows read from a
/// database: a command that fails, or loses a race, leaves the committed aggregate untouched.
/// </summary>
/// <remarks>
/// A member-wise copy, with every <see cref="List{T}"/> or array field copied too,
/// is a deep enough copy for the domain's aggregates: everything else they hold is an immutable
/// value (strings, NodaTime values, records).
/// </remarks>
public static class AggregateCopier
{
    private static readonly Func<object, object> ShallowCopy =
        typeof(object).GetMethod("MemberwiseClone", BindingFlags.Instance | BindingFlags.NonPublic)!.CreateDelegate<Func<object, object>>();

    /// <summary>A copy of <paramref name="aggregate"/> that shares no mutable collection with it.</summary>
    /// <typeparam name="T">The aggregate's type.</typeparam>
    /// <param name="aggregate">The aggregate.</param>
    /// <returns>The copy.</returns>
    public static T Copy<T>(T aggregate)
        where T : AggregateRoot
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        var copy = ShallowCopy(aggregate);
        for (var type = aggregate.GetType(); type is not null && type != typeof(object); type = type.BaseType)
        {
            foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.DeclaredOnly))
            {
                if (field.GetValue(copy) is not { } value) continue;
                var kind = value.GetType();
                if (value is Array array) field.SetValue(copy, array.Clone());
                else if (kind.IsGenericType && kind.GetGenericTypeDefinition() == typeof(List<>)) field.SetValue(copy, Activator.CreateInstance(kind, value));
                else if (value is IEnumerable and not string && !IsImmutable(kind))
                    throw new NotSupportedException($"{type.Name}.{field.Name} is a {kind.Name}, which the in-memory store does not know how to copy; teach AggregateCopier.");
            }
        }

        return (T)copy;
    }

    private static bool IsImmutable(Type type) =>
        type.Namespace == "System.Collections.Immutable" || type.Namespace == "System.Collections.Frozen";
}
