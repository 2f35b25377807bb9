using FriendlyGov.Domain.Criteria;
using FriendlyGov.Frameworks.Json;

namespace FriendlyGov.Frameworks;

/// <summary>
/// The frameworks that ship inside this package, such as
/// <c>dongnai-friendly-government@2024.1</c>, <c>dongnai-dan-van-kheo-waste@2024.1</c> and the
/// monthly <c>vn-service-index@2022.1</c>, read once and shared.
/// </summary>
public static class BuiltInFrameworks
{
    private static readonly EmbeddedCatalog<CriteriaFramework> Catalog =
        new("FriendlyGov.Frameworks.BuiltIn.", (utf8, name) => FrameworkReader.Read(utf8, name), f => f.Id.ToString());

    /// <summary>The names of the built-in frameworks, sorted.</summary>
    public static IReadOnlyList<FrameworkId> Ids => [.. Catalog.Names.Select(FrameworkId.Parse)];

    /// <summary>Every built-in framework, sorted by name.</summary>
    public static IEnumerable<CriteriaFramework> All => Ids.Select(Get);

    /// <summary>The Friendly Government template for Dong Nai's 2024 model.</summary>
    public static CriteriaFramework DongNai2024 => Get(FrameworkId.Parse("dongnai-friendly-government@2024.1"));

    /// <summary>The structure of Dong Nai's Decision 54/2025/QĐ-UBND.</summary>
    public static CriteriaFramework DongNai2025 => Get(FrameworkId.Parse("dongnai-friendly-government@2025.1"));

    /// <summary>
    /// The template for Dong Nai's "skilful mass mobilization" [dân vận khéo] model of sorting reusable and
    /// recyclable solid waste at source, scored yearly; its points and thresholds are illustrative.
    /// </summary>
    public static CriteriaFramework DanVanKheoWaste2024 => Get(FrameworkId.Parse("dongnai-dan-van-kheo-waste@2024.1"));

    /// <summary>
    /// The monthly service index of Decision 766/QĐ-TTg (2022): transparency 18, progress and results 20,
    /// digitization of dossiers 22, online services 22, satisfaction 18.
    /// </summary>
    public static CriteriaFramework ServiceIndex2022 => Get(FrameworkId.Parse("vn-service-index@2022.1"));

    /// <summary>Finds a built-in framework.</summary>
    /// <param name="id">Its name.</param>
    /// <param name="framework">The framework, when built in.</param>
    /// <returns>Whether such a framework is built in.</returns>
    public static bool TryGet(FrameworkId id, out CriteriaFramework framework) =>
        Catalog.TryGet(Guard.Against.Null(id).ToString(), out framework);

    /// <summary>A built-in framework.</summary>
    /// <param name="id">Its name.</param>
    /// <returns>The framework.</returns>
    /// <exception cref="KeyNotFoundException">No such framework is built in.</exception>
    public static CriteriaFramework Get(FrameworkId id) =>
        TryGet(id, out var framework)
            ? framework
            : throw new KeyNotFoundException($"'{id}' is not a built-in framework; the built-in ones are {string.Join(", ", Catalog.Names)}.");
}
