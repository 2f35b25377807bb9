using FriendlyGov.Domain.Conduct;
using FriendlyGov.Frameworks.Json;

namespace FriendlyGov.Frameworks;

/// <summary>
/// The codes of conduct that ship inside this package, such as
/// <c>vn-friendly-government-2024</c>, read once and shared.
/// </summary>
public static class BuiltInConductCodes
{
    private static readonly EmbeddedCatalog<ConductCode> Catalog =
        new("FriendlyGov.Frameworks.Conduct.", (utf8, name) => ConductCodeReader.Read(utf8, name), c => c.Id);

    /// <summary>The ids of the built-in codes of conduct, sorted.</summary>
    public static IReadOnlyList<string> Ids => Catalog.Names;

    /// <summary>The Friendly Government model's code: "Office smile", "4 xin", "4 luôn", "5 không".</summary>
    public static ConductCode FriendlyGovernment2024 => Get("vn-friendly-government-2024");

    /// <summary>Finds a built-in code of conduct.</summary>
    /// <param name="id">Its id.</param>
    /// <param name="code">The code, when built in.</param>
    /// <returns>Whether such a code is built in.</returns>
    public static bool TryGet(string id, out ConductCode code) => Catalog.TryGet(id, out code);

    /// <summary>A built-in code of conduct.</summary>
    /// <param name="id">Its id.</param>
    /// <returns>The code.</returns>
    /// <exception cref="KeyNotFoundException">No such code is built in.</exception>
    public static ConductCode Get(string id) =>
        TryGet(id, out var code) ? code : throw new KeyNotFoundException($"'{id}' is not a built-in code of conduct; the built-in ones are {string.Join(", ", Ids)}.");
}
