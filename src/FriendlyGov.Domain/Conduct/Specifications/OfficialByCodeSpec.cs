using Ardalis.Specification;

namespace FriendlyGov.Domain.Conduct.Specifications;

/// <summary>The official with a code.</summary>
public sealed class OfficialByCodeSpec : SingleResultSpecification<Official>
{
    /// <summary>Selects the official with <paramref name="code"/>.</summary>
    /// <param name="code">The pseudonymous code.</param>
    public OfficialByCodeSpec(string code) => Query.Where(o => o.Code == code);
}
