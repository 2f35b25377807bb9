using System.Reflection;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Criteria;

namespace FriendlyGov.Frameworks;

/// <summary>
/// The frameworks that ship inside this package, such as
/// <c>dongnai-friendly-government@2024.1</c>, read once and shared.
/// </summary>
public static class BuiltInFrameworks
{
    private const string Prefix = "FriendlyGov.Frameworks.BuiltIn.";

    private static readonly Lazy<IReadOnlyDictionary<string, Lazy<CriteriaFramework>>> Catalog = new(Discover);

    /// <summary>The names of the built-in frameworks, sorted.</summary>
    public static IReadOnlyList<FrameworkId> Ids => [.. Catalog.Value.Keys.Order(StringComparer.Ordinal).Select(FrameworkId.Parse)];

    /// <summary>Every built-in framework, sorted by name.</summary>
    public static IEnumerable<CriteriaFramework> All => Ids.Select(Get);

    /// <summary>The Friendly Government template for Dong Nai's 2024 model.</summary>
    public static CriteriaFramework DongNai2024 => Get(FrameworkId.Parse("dongnai-friendly-government@2024.1"));

    /// <summary>The structure of Dong Nai's Decision 54/2025/QĐ-UBND.</summary>
    public static CriteriaFramework DongNai2025 => Get(FrameworkId.Parse("dongnai-friendly-government@2025.1"));

    /// <summary>Finds a built-in framework.</summary>
    /// <param name="id">Its name.</param>
    /// <param name="framework">The framework, when built in.</param>
    /// <returns>Whether such a framework is built in.</returns>
    public static bool TryGet(FrameworkId id, out CriteriaFramework framework)
    {
        Guard.Against.Null(id);
        framework = null!;
        if (!Catalog.Value.TryGetValue(id.ToString(), out var entry)) return false;
        framework = entry.Value;
        return true;
    }

    /// <summary>A built-in framework.</summary>
    /// <param name="id">Its name.</param>
    /// <returns>The framework.</returns>
    /// <exception cref="KeyNotFoundException">No such framework is built in.</exception>
    public static CriteriaFramework Get(FrameworkId id) =>
        TryGet(id, out var framework)
            ? framework
            : throw new KeyNotFoundException($"'{id}' is not a built-in framework; the built-in ones are {string.Join(", ", Catalog.Value.Keys.Order(StringComparer.Ordinal))}.");

    private static Dictionary<string, Lazy<CriteriaFramework>> Discover()
    {
        var assembly = typeof(BuiltInFrameworks).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .ToDictionary(
                n => n[Prefix.Length..^".json".Length],
                n => new Lazy<CriteriaFramework>(() => Load(assembly, n)),
                StringComparer.Ordinal);
    }

    private static CriteriaFramework Load(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var framework = FrameworkReader.Read(buffer.ToArray(), resource[Prefix.Length..]);
        var expected = resource[Prefix.Length..^".json".Length];
        return framework.Id.ToString() == expected
            ? framework
            : throw new InvalidOperationException($"The built-in resource {resource} holds {framework.Id}, not {expected}.");
    }
}
