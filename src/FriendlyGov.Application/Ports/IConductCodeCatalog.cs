using FriendlyGov.Domain.Conduct;

namespace FriendlyGov.Application.Ports;

/// <summary>
/// The codes of conduct a deployment records observations against, the port beside
/// <see cref="IFrameworkCatalog"/>: the built-in ones by default
/// (<see cref="Scoring.BuiltInConductCodeCatalog"/>). Which one is used is
/// <see cref="FriendlyGovOptions.ConductCode"/>.
/// </summary>
public interface IConductCodeCatalog
{
    /// <summary>Finds a code of conduct.</summary>
    /// <param name="id">Its id, such as <c>vn-friendly-government-2024</c>.</param>
    /// <param name="code">The code, when known.</param>
    /// <returns>Whether it is known.</returns>
    bool TryGet(string id, out ConductCode code);
}
