using System.Text;
using NodaTime;

namespace FriendlyGov.Frameworks.Units;

/// <summary>
/// Vietnam's commune-level units, built in: the 10,597 units of 1 February 2024 (with their
/// districts) and the 3,321 units of the 1 July 2025 reform, and the lineage between them.
/// </summary>
/// <remarks>
/// <para>
/// Which list answers for a date: the 1 February 2024 list for 2024-02-01 to 2025-06-30, the
/// 1 July 2025 list from 2025-07-01. Dates before 2024-02-01 are not covered and are refused
/// (<see cref="Covers"/>). The 2024 list is the state of 1 February 2024; units merged between
/// then and 30 June 2025 (the 2023–2025 arrangement) still appear under their 2024 form.
/// </para>
/// <para>
/// A code names a unit only with a date: 3,314 units of 2025 carry a code a different unit had
/// in 2024. Every lookup therefore takes the date. Names are looked up as <see cref="UnitNames"/>
/// compares them; provinces by short name or two-digit code.
/// </para>
/// <para>
/// Each list is read from the embedded CSV on first use, and the lineage on first lineage
/// question; a catalogue is immutable and safe to share between threads. The sources, coverage
/// and MIT notices of the data are in the package's THIRD-PARTY-NOTICES.md.
/// </para>
/// </remarks>
public sealed class UnitCatalogue
{
    private const string ResourcePrefix = "FriendlyGov.Frameworks.Units.";

    private static readonly Lazy<CatalogueEdition> Edition2024 = new(() =>
        CatalogueEdition.Load(ResourcePrefix + "vn-units-2024.csv", "the 1 February 2024 catalogue", FirstDate, LastDayBeforeReform));

    private static readonly Lazy<CatalogueEdition> Edition2025 = new(() =>
        CatalogueEdition.Load(ResourcePrefix + "vn-units-2025.csv", "the 1 July 2025 catalogue", ReformDate, null));

    /// <summary>The units alone, which the shipped lineage is read against.</summary>
    private static readonly UnitCatalogue UnitsOnly = new(() => []);

    // The lists are shared by every catalogue; only the lineage differs between them.
    private readonly Lazy<CatalogueEdition> _units2024 = Edition2024;
    private readonly Lazy<CatalogueEdition> _units2025 = Edition2025;
    private readonly Lazy<IReadOnlyList<LineageLink>> _links;
    private readonly Lazy<ILookup<string, LineageLink>> _successors;
    private readonly Lazy<ILookup<string, LineageLink>> _predecessors;

    private UnitCatalogue(Func<IReadOnlyList<LineageLink>> links)
    {
        _links = new Lazy<IReadOnlyList<LineageLink>>(links);
        _successors = new Lazy<ILookup<string, LineageLink>>(() => Links.ToLookup(l => l.From.Code, StringComparer.Ordinal));
        _predecessors = new Lazy<ILookup<string, LineageLink>>(() => Links.ToLookup(l => l.To.Code, StringComparer.Ordinal));
    }

    /// <summary>The built-in units and the shipped lineage (<c>vn-unit-lineage-2025.csv</c>: 9,750 rows).</summary>
    public static UnitCatalogue BuiltIn { get; } = new(ReadShippedLineage);

    /// <summary>The first day the catalogues cover: 1 February 2024, when resolution 939/NQ-UBTVQH15 took effect.</summary>
    public static LocalDate FirstDate { get; } = new(2024, 2, 1);

    /// <summary>The day of the reform: 1 July 2025, from which the 2025 list answers.</summary>
    public static LocalDate ReformDate { get; } = new(2025, 7, 1);

    /// <summary>The last day the 2024 list answers for: 30 June 2025.</summary>
    public static LocalDate LastDayBeforeReform { get; } = new(2025, 6, 30);

    /// <summary>Every lineage row: the shipped rows, then those added with <see cref="WithLineage"/>.</summary>
    public IReadOnlyList<LineageLink> Links => _links.Value;

    /// <summary>Whether the catalogues answer for <paramref name="date"/>: from 2024-02-01 on.</summary>
    /// <param name="date">A day.</param>
    /// <returns><see langword="true"/> on and after <see cref="FirstDate"/>.</returns>
    public static bool Covers(LocalDate date) => date >= FirstDate;

    /// <summary>The catalogue with more lineage rows, such as a province's own 2023–2025 arrangement.</summary>
    /// <param name="links">The rows to add; a pair of units already linked is kept once, with its first basis.</param>
    /// <returns>A new catalogue; this one is unchanged.</returns>
    public UnitCatalogue WithLineage(IEnumerable<LineageLink> links)
    {
        var added = Guard.Against.Null(links).ToList();
        return new UnitCatalogue(() => [.. Links.Concat(added).DistinctBy(l => (l.From.Code, l.To.Code))]);
    }

    /// <summary>The unit that had <paramref name="code"/> on <paramref name="date"/>.</summary>
    /// <param name="code">A five-digit code, such as <c>26041</c>.</param>
    /// <param name="date">The day; it picks the unit a reused code means.</param>
    /// <returns>The unit, or <see langword="null"/> when no unit had the code then.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is before 2024-02-01.</exception>
    public CatalogueUnit? Find(string code, LocalDate date) => EditionOn(date).Find(Guard.Against.Null(code).Trim());

    /// <summary>Every unit on <paramref name="date"/>, ordered by code.</summary>
    /// <param name="date">The day.</param>
    /// <returns>10,597 units before the reform, 3,321 from it.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is before 2024-02-01.</exception>
    public IReadOnlyList<CatalogueUnit> UnitsOn(LocalDate date) => EditionOn(date).Units;

    /// <summary>The provinces' short names on <paramref name="date"/>, ordered by province code.</summary>
    /// <param name="date">The day.</param>
    /// <returns>63 provinces before the reform, 34 from it.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is before 2024-02-01.</exception>
    public IReadOnlyList<string> ProvincesOn(LocalDate date) => EditionOn(date).Provinces;

    /// <summary>The official short name of a province on <paramref name="date"/>.</summary>
    /// <param name="nameOrCode">A short name as people write it (<c>Đồng Nai</c>, <c>Khánh Hoà</c>) or a two-digit code (<c>75</c>).</param>
    /// <param name="date">The day.</param>
    /// <returns>The official short name, or <see langword="null"/> when no province had that name or code then.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is before 2024-02-01.</exception>
    public string? FindProvince(string nameOrCode, LocalDate date) => EditionOn(date).FindProvince(Guard.Against.Null(nameOrCode));

    /// <summary>A province's units on <paramref name="date"/>, ordered by code: the units an app registers for a round.</summary>
    /// <param name="province">The province's short name as people write it, or its two-digit code.</param>
    /// <param name="date">The day.</param>
    /// <returns>The units; empty when no province had that name or code then (Đồng Nai: 170 in 2024, 95 from 1 July 2025).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is before 2024-02-01.</exception>
    public IReadOnlyList<CatalogueUnit> InProvince(string province, LocalDate date) => EditionOn(date).InProvince(Guard.Against.Null(province));

    /// <summary>The units with a name on <paramref name="date"/>, as <see cref="UnitNames"/> compares names.</summary>
    /// <param name="name">The full name with its prefix, such as <c>Phường Hiệp Hoà</c>.</param>
    /// <param name="date">The day.</param>
    /// <returns>The units, ordered by code; several when provinces share a name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is before 2024-02-01.</exception>
    public IReadOnlyList<CatalogueUnit> FindByName(string name, LocalDate date) => EditionOn(date).FindByName(Guard.Against.Null(name));

    /// <summary>The units a unit of 2025 was formed from, each with the kind of change.</summary>
    /// <param name="unit">A unit of this catalogue.</param>
    /// <returns>Its predecessors ordered by code; empty for a unit of 2024, or when a hop is missing.</returns>
    public IReadOnlyList<LineageChange> PredecessorsOf(CatalogueUnit unit) =>
        Guard.Against.Null(unit).ExistedUntil is null ? Changes(_predecessors.Value[unit.Code], l => l.From) : [];

    /// <summary>The units a unit of 2024 became, each with the kind of change.</summary>
    /// <param name="unit">A unit of this catalogue.</param>
    /// <returns>Its successors ordered by code; empty for a unit of 2025, or when a hop is missing.</returns>
    public IReadOnlyList<LineageChange> SuccessorsOf(CatalogueUnit unit) =>
        Guard.Against.Null(unit).ExistedUntil is null ? [] : Changes(_successors.Value[unit.Code], l => l.To);

    /// <summary>A unit's lineage in both directions.</summary>
    /// <param name="unit">A unit of this catalogue.</param>
    /// <returns>Its predecessors and successors.</returns>
    public UnitLineage LineageOf(CatalogueUnit unit) => new(unit, PredecessorsOf(unit), SuccessorsOf(unit));

    /// <summary>The kind of change a row records, from the number of successors of its old unit and predecessors of its new one (<see cref="LineageKind"/>).</summary>
    /// <param name="link">A row of this catalogue.</param>
    /// <returns>Its kind.</returns>
    public LineageKind KindOf(LineageLink link)
    {
        Guard.Against.Null(link);
        if (_successors.Value[link.From.Code].Count() >= 2) return LineageKind.Split;
        if (_predecessors.Value[link.To.Code].Count() >= 2) return LineageKind.Merged;
        return UnitNames.Same(link.From.Name, link.To.Name) ? LineageKind.Continued : LineageKind.Renamed;
    }

    /// <summary>The list that answers for a date, as messages name it: "the 1 February 2024 catalogue" or "the 1 July 2025 catalogue".</summary>
    /// <param name="date">The day.</param>
    /// <returns>Its title.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is before 2024-02-01.</exception>
    public string TitleOn(LocalDate date) => EditionOn(date).Title;

    private List<LineageChange> Changes(IEnumerable<LineageLink> links, Func<LineageLink, CatalogueUnit> other) =>
        [.. links.Select(l => new LineageChange(other(l), LineageLink.On, KindOf(l), l.Basis)).OrderBy(c => c.Unit.Code, StringComparer.Ordinal)];

    private CatalogueEdition EditionOn(LocalDate date)
    {
        if (!Covers(date))
            throw new ArgumentOutOfRangeException(nameof(date), date, $"The built-in unit catalogues begin on {FirstDate:uuuu-MM-dd}; {date:uuuu-MM-dd} is before them.");
        return date >= ReformDate ? _units2025.Value : _units2024.Value;
    }

    private static IReadOnlyList<LineageLink> ReadShippedLineage()
    {
        const string resource = ResourcePrefix + "vn-unit-lineage-2025.csv";
        using var stream = typeof(UnitCatalogue).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The built-in resource {resource} is missing from FriendlyGov.Frameworks.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return LineageCsv.Read(reader, "built-in vn-unit-lineage-2025.csv", UnitsOnly);
    }
}
