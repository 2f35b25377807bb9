using FriendlyGov.Domain.Criteria.Methods;

namespace FriendlyGov.Frameworks.Methods;

/// <summary>The definition of the method <typeparamref name="TMethod"/>: see <see cref="MethodDefinition"/>.</summary>
/// <typeparam name="TMethod">The domain class of the method.</typeparam>
public abstract class MethodDefinition<TMethod> : MethodDefinition
    where TMethod : IndicatorMethod
{
    /// <inheritdoc />
    public sealed override Type MethodType => typeof(TMethod);

    /// <inheritdoc />
    public sealed override void Write(IndicatorMethod method, MethodFieldWriter fields) =>
        Write(Guard.Against.Null(method) as TMethod ?? throw new ArgumentException($"Method '{method.Kind}' is not a {typeof(TMethod).Name}.", nameof(method)), Guard.Against.Null(fields));

    /// <summary>Writes the method's fields (after <c>kind</c>).</summary>
    /// <param name="method">The method.</param>
    /// <param name="fields">Where to write them.</param>
    protected abstract void Write(TMethod method, MethodFieldWriter fields);
}
