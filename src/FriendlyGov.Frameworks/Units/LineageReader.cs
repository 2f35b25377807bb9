using System.Text.Json;
using FriendlyGov.Domain;
using FriendlyGov.Frameworks.Json;
using NodaTime;

namespace FriendlyGov.Frameworks.Units;

/// <summary>
/// Reads <c>friendlygov.lineage/1</c> documents (docs/formats.md, "Unit lineage"): a province's
/// own lineage rows, such as the 2023–2025 mergers the shipped lineage does not cover.
/// </summary>
/// <remarks>
/// Each link joins a unit of the 1 February 2024 catalogue (<c>from</c>) to a unit of the
/// 1 July 2025 catalogue (<c>to</c>), each given by code, name and province; the name and
/// province must be that unit's (compared as <see cref="UnitNames"/> does), so a reused or
/// mistyped code is caught. Unknown properties are errors; every problem is reported at once
/// with its JSON path, and nothing is returned when there is one.
/// </remarks>
public static class LineageReader
{
    /// <summary>Reads lineage from UTF-8 JSON.</summary>
    /// <param name="utf8">The document.</param>
    /// <param name="document">The name shown in problems, such as the file's path.</param>
    /// <param name="catalogue">The catalogue whose units the links name; <see cref="UnitCatalogue.BuiltIn"/> when <see langword="null"/>.</param>
    /// <param name="limits">The size and nesting limits; <see cref="JsonLimits.Default"/> when <see langword="null"/>.</param>
    /// <returns>The links, in document order.</returns>
    /// <exception cref="InvalidInputException">The document is not valid lineage; every problem is listed with its JSON path.</exception>
    public static IReadOnlyList<LineageLink> Read(ReadOnlyMemory<byte> utf8, string document, UnitCatalogue? catalogue = null, JsonLimits? limits = null)
    {
        var resolveAgainst = catalogue ?? UnitCatalogue.BuiltIn;
        return JsonInput.Read(utf8, document, (root, problems) => Read(root, resolveAgainst, problems), limits);
    }

    /// <summary>Reads a lineage file.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="catalogue">The catalogue whose units the links name; <see cref="UnitCatalogue.BuiltIn"/> when <see langword="null"/>.</param>
    /// <param name="limits">The size and nesting limits; <see cref="JsonLimits.Default"/> when <see langword="null"/>.</param>
    /// <returns>The links, in file order.</returns>
    /// <exception cref="InvalidInputException">The file is missing or not valid lineage.</exception>
    public static IReadOnlyList<LineageLink> ReadFile(string path, UnitCatalogue? catalogue = null, JsonLimits? limits = null) =>
        Read(InputFile.ReadAll(path, limits), path, catalogue, limits);

    /// <summary>Reads a lineage file of either form: CSV (<see cref="LineageCsv"/>) when its name ends in <c>.csv</c>, <c>friendlygov.lineage/1</c> JSON otherwise.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="catalogue">The catalogue whose units the links name; <see cref="UnitCatalogue.BuiltIn"/> when <see langword="null"/>.</param>
    /// <returns>The links, in file order.</returns>
    /// <exception cref="InvalidInputException">The file is missing or not valid lineage.</exception>
    public static IReadOnlyList<LineageLink> ReadAnyFile(string path, UnitCatalogue? catalogue = null) =>
        Guard.Against.Null(path).EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
            ? LineageCsv.ReadFile(path, catalogue)
            : ReadFile(path, catalogue);

    private static IReadOnlyList<LineageLink>? Read(JsonElement root, UnitCatalogue catalogue, List<Problem> problems)
    {
        var count = problems.Count;
        var o = ObjectReader.Over(root, JsonPath.Root, problems, "a lineage document");
        FormatCheck.Expect(o, FormatNames.Lineage);
        o.String("source", required: false);
        var links = (o.Array("links", minItems: 1) ?? []).Select(l => ReadLink(l.Element, l.Path, catalogue, problems)).ToList();
        o.Finish();
        return links.Contains(null) || problems.Count > count ? null : [.. links.OfType<LineageLink>()];
    }

    private static LineageLink? ReadLink(JsonElement element, string path, UnitCatalogue catalogue, List<Problem> problems)
    {
        var o = ObjectReader.Over(element, path, problems, "a link { \"from\": …, \"to\": …, \"basis\": … }");
        var from = ReadEnd(o, "from", UnitCatalogue.LastDayBeforeReform, catalogue, problems);
        var to = ReadEnd(o, "to", UnitCatalogue.ReformDate, catalogue, problems);
        var basis = o.String("basis", required: false, allowBlank: true) ?? string.Empty;
        o.Finish();
        return from is null || to is null ? null : new LineageLink(from, to, basis);
    }

    private static CatalogueUnit? ReadEnd(ObjectReader link, string name, LocalDate date, UnitCatalogue catalogue, List<Problem> problems)
    {
        if (link.Object(name, "a unit { \"code\": …, \"name\": …, \"province\": … }") is not { } o) return null;
        var code = o.String("code");
        var unitName = o.String("name");
        var province = o.String("province");
        o.Finish();
        return code is null || unitName is null || province is null
            ? null
            : new LineageEnd(code, unitName, province, o.PathOf("code"), o.PathOf("name"), o.PathOf("province")).Resolve(catalogue, date, problems);
    }
}
