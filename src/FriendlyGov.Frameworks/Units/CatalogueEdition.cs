using System.Text;
using FriendlyGov.Domain.Units;
using NodaTime;

namespace FriendlyGov.Frameworks.Units;

/// <summary>One built-in list of units (1 February 2024 or 1 July 2025), read once from its embedded CSV, with its indexes.</summary>
internal sealed class CatalogueEdition
{
    private readonly Dictionary<string, CatalogueUnit> _byCode;
    private readonly Dictionary<string, string> _provinceByKey;
    private readonly Dictionary<string, List<CatalogueUnit>> _byProvince;
    private readonly Lazy<Dictionary<string, List<CatalogueUnit>>> _byNameKey;

    private CatalogueEdition(string title, List<CatalogueUnit> units)
    {
        Title = title;
        Units = units;
        _byCode = units.ToDictionary(u => u.Code, StringComparer.Ordinal);
        _byProvince = units.GroupBy(u => u.Province, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        // Looking up by name is rarer than by code; its keys are built on the first such lookup.
        _byNameKey = new(() => units.GroupBy(u => UnitNames.Key(u.Name), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal));
        var provinces = units.DistinctBy(u => u.ProvinceCode).OrderBy(u => u.ProvinceCode, StringComparer.Ordinal).ToList();
        _provinceByKey = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var unit in provinces)
        {
            _provinceByKey.TryAdd(UnitNames.Key(unit.Province), unit.Province);
            _provinceByKey.TryAdd(unit.ProvinceCode, unit.Province);
        }

        Provinces = [.. provinces.Select(u => u.Province)];
    }

    /// <summary>The edition as messages name it, such as "the 1 July 2025 catalogue".</summary>
    public string Title { get; }

    /// <summary>Every unit, ordered by code.</summary>
    public IReadOnlyList<CatalogueUnit> Units { get; }

    /// <summary>The provinces' short names, ordered by province code.</summary>
    public IReadOnlyList<string> Provinces { get; }

    public CatalogueUnit? Find(string code) => _byCode.GetValueOrDefault(code);

    /// <summary>The official short name of a province given by name (as <see cref="UnitNames"/> compares) or two-digit code.</summary>
    public string? FindProvince(string nameOrCode) => _provinceByKey.GetValueOrDefault(UnitNames.Key(nameOrCode));

    public IReadOnlyList<CatalogueUnit> InProvince(string province) =>
        FindProvince(province) is { } official ? _byProvince[official] : [];

    public IReadOnlyList<CatalogueUnit> FindByName(string name) => _byNameKey.Value.GetValueOrDefault(UnitNames.Key(name)) ?? [];

    /// <summary>
    /// Reads an embedded catalogue: UTF-8 CSV with a header, no quoting (no value holds a comma),
    /// sorted by code. The 2024 file has the district columns, the 2025 file has none.
    /// </summary>
    public static CatalogueEdition Load(string resource, string title, LocalDate from, LocalDate? until)
    {
        using var stream = typeof(CatalogueEdition).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The built-in resource {resource} is missing from FriendlyGov.Frameworks.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var header = reader.ReadLine();
        var withDistrict = header == "code,name,kind,district_code,district_name,province_code,province_name";
        if (!withDistrict && header != "code,name,kind,province_code,province_name")
            throw new InvalidOperationException($"The built-in resource {resource} has the header '{header}', not a unit catalogue's.");
        var units = new List<CatalogueUnit>(withDistrict ? 10_597 : 3_321);
        while (reader.ReadLine() is { } line)
        {
            var f = line.Split(',');
            if (f.Length != (withDistrict ? 7 : 5) || !UnitKinds.TryParse(f[2], out var kind))
                throw new InvalidOperationException($"The built-in resource {resource} has a bad row: '{line}'.");
            units.Add(withDistrict
                ? new CatalogueUnit(f[0], f[1], kind, f[5], f[6], f[3], f[4], from, until)
                : new CatalogueUnit(f[0], f[1], kind, f[3], f[4], null, null, from, until));
        }

        return new CatalogueEdition(title, units);
    }
}
