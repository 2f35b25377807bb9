using FriendlyGov.Domain.Disclosures;
using FriendlyGov.Frameworks.Json;

namespace FriendlyGov.Frameworks;

/// <summary>
/// The disclosure catalogues that ship inside this package, such as
/// <c>vn-grassroots-democracy-2022</c>, read once and shared.
/// </summary>
public static class BuiltInDisclosureCatalogues
{
    private static readonly EmbeddedCatalog<DisclosureCatalogue> Catalog =
        new("FriendlyGov.Frameworks.Disclosures.", (utf8, name) => DisclosureCatalogueReader.Read(utf8, name), c => c.Id);

    /// <summary>The ids of the built-in catalogues, sorted.</summary>
    public static IReadOnlyList<string> Ids => Catalog.Names;

    /// <summary>
    /// The starter catalogue taken from Articles 11 to 13 of the Law on Grassroots Democracy
    /// (Law No. 10/2022/QH15); the entries marked illustrative are examples to check.
    /// </summary>
    public static DisclosureCatalogue GrassrootsDemocracy2022 => Get("vn-grassroots-democracy-2022");

    /// <summary>Finds a built-in catalogue.</summary>
    /// <param name="id">Its id.</param>
    /// <param name="catalogue">The catalogue, when built in.</param>
    /// <returns>Whether such a catalogue is built in.</returns>
    public static bool TryGet(string id, out DisclosureCatalogue catalogue) => Catalog.TryGet(id, out catalogue);

    /// <summary>A built-in catalogue.</summary>
    /// <param name="id">Its id.</param>
    /// <returns>The catalogue.</returns>
    /// <exception cref="KeyNotFoundException">No such catalogue is built in.</exception>
    public static DisclosureCatalogue Get(string id) =>
        TryGet(id, out var catalogue) ? catalogue : throw new KeyNotFoundException($"'{id}' is not a built-in disclosure catalogue; the built-in ones are {string.Join(", ", Ids)}.");
}
