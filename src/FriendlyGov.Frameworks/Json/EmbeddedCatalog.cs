using FriendlyGov.Domain;

namespace FriendlyGov.Frameworks.Json;

/// <summary>Documents embedded in this assembly under one resource prefix, each read once on first use.</summary>
/// <typeparam name="T">What a document reads into.</typeparam>
/// <param name="prefix">The resources' name prefix.</param>
/// <param name="read">Reads one document.</param>
/// <param name="nameOf">The name a document must be embedded under (its file name less <c>.json</c>).</param>
internal sealed class EmbeddedCatalog<T>(string prefix, Func<ReadOnlyMemory<byte>, string, T> read, Func<T, string> nameOf)
    where T : class
{
    private readonly Lazy<IReadOnlyDictionary<string, Lazy<T>>> _entries = new(() => Discover(prefix, read, nameOf));

    public IReadOnlyList<string> Names => [.. _entries.Value.Keys.Order(StringComparer.Ordinal)];

    public bool TryGet(string name, out T value)
    {
        value = null!;
        if (!_entries.Value.TryGetValue(name, out var entry)) return false;
        value = entry.Value;
        return true;
    }

    private static Dictionary<string, Lazy<T>> Discover(string prefix, Func<ReadOnlyMemory<byte>, string, T> read, Func<T, string> nameOf)
    {
        var assembly = typeof(EmbeddedCatalog<T>).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .ToDictionary(
                n => n[prefix.Length..^".json".Length],
                n => new Lazy<T>(() =>
                {
                    using var stream = assembly.GetManifestResourceStream(n)!;
                    using var buffer = new MemoryStream();
                    stream.CopyTo(buffer);
                    var value = read(buffer.ToArray(), n[prefix.Length..]);
                    var expected = n[prefix.Length..^".json".Length];
                    return nameOf(value) == expected
                        ? value
                        : throw new InvalidOperationException($"The built-in resource {n} holds {nameOf(value)}, not {expected}.");
                }),
                StringComparer.Ordinal);
    }
}
