using Ardalis.Specification;
using FriendlyGov.Domain.Conduct;

namespace FriendlyGov.Domain.Conduct.Specifications;

/// <summary>The officials with the given codes, read in one query, untracked: a bulk only reads them.</summary>
public sealed class OfficialsByCodeSpec : Specification<Official>
{
    /// <summary>Selects the officials whose codes are in <paramref name="codes"/>.</summary>
    /// <param name="codes">The codes.</param>
    public OfficialsByCodeSpec(IReadOnlyCollection<string> codes) =>
        Query.Where(o => codes.Contains(o.Code)).AsNoTracking();
}
