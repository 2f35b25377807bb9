using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Conduct;
using FriendlyGov.Frameworks;

namespace FriendlyGov.Application.Scoring;

/// <summary>The codes of conduct built into FriendlyGov.Frameworks: the default <see cref="IConductCodeCatalog"/>.</summary>
public sealed class BuiltInConductCodeCatalog : IConductCodeCatalog
{
    /// <inheritdoc />
    public bool TryGet(string id, out ConductCode code) => BuiltInConductCodes.TryGet(id, out code);
}
