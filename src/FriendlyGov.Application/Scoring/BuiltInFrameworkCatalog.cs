using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Criteria;
using FriendlyGov.Frameworks;

namespace FriendlyGov.Application.Scoring;

/// <summary>The frameworks built into FriendlyGov.Frameworks: the default <see cref="IFrameworkCatalog"/>.</summary>
public sealed class BuiltInFrameworkCatalog : IFrameworkCatalog
{
    /// <inheritdoc />
    public bool TryGet(FrameworkId id, out CriteriaFramework framework) => BuiltInFrameworks.TryGet(id, out framework);
}
