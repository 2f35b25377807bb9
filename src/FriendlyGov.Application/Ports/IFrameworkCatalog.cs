using FriendlyGov.Domain.Criteria;

namespace FriendlyGov.Application.Ports;

/// <summary>The frameworks a deployment scores with; the built-in ones by default.</summary>
public interface IFrameworkCatalog
{
    /// <summary>Finds a framework.</summary>
    /// <param name="id">Its name.</param>
    /// <param name="framework">The framework, when known.</param>
    /// <returns>Whether it is known.</returns>
    bool TryGet(FrameworkId id, out CriteriaFramework framework);
}
