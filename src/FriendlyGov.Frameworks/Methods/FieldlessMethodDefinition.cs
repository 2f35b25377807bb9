using FriendlyGov.Domain.Criteria.Methods;

namespace FriendlyGov.Frameworks.Methods;

/// <summary>A method whose JSON form is its <c>kind</c> alone (<c>check</c>, <c>points</c>): nothing to read or write.</summary>
/// <typeparam name="TMethod">The method's domain class, made with no parameters.</typeparam>
internal abstract class FieldlessMethodDefinition<TMethod> : MethodDefinition<TMethod>
    where TMethod : IndicatorMethod, new()
{
    /// <inheritdoc />
    public sealed override Func<IndicatorMethod>? Read(MethodFields fields) => () => new TMethod();

    /// <inheritdoc />
    protected sealed override void Write(TMethod method, MethodFieldWriter fields)
    {
    }
}
