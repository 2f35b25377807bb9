using FriendlyGov.Application.Units.Lineage;
using FriendlyGov.Domain.Units;
using FriendlyGov.Frameworks.Units;
using NodaTime;

namespace FriendlyGov.Application.Units.Register;

/// <summary>Registrations made from the built-in unit catalogues (<see cref="UnitCatalogue"/>), so an app need not type codes and names.</summary>
public static class CatalogueRegistrations
{
    /// <summary>A catalogue unit as a registration: its code, kind, official name, province, dates and district.</summary>
    /// <param name="unit">A unit of the catalogue.</param>
    /// <returns>The registration.</returns>
    public static UnitRegistration ToRegistration(this CatalogueUnit unit)
    {
        Guard.Against.Null(unit);
        return new UnitRegistration(unit.Code, unit.Kind, unit.Name, unit.Province, unit.ExistedFrom, unit.ExistedUntil, unit.District);
    }

    /// <summary>One request that registers every unit of a province on a date, such as Đồng Nai's 95 units from 2025-07-01.</summary>
    /// <param name="requestId">The client's id for the request.</param>
    /// <param name="province">The province's short name as people write it, or its two-digit code.</param>
    /// <param name="date">The day; it picks the catalogue (1 February 2024 up to 2025-06-30, 1 July 2025 from then).</param>
    /// <param name="catalogue">The catalogue; <see cref="UnitCatalogue.BuiltIn"/> when <see langword="null"/>.</param>
    /// <returns>The request, to send as the province's administrator.</returns>
    /// <exception cref="ArgumentException">No province had that name or code on the date.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is before 2024-02-01, where the catalogues begin.</exception>
    public static RegisterUnits ForProvince(Guid requestId, string province, LocalDate date, UnitCatalogue? catalogue = null)
    {
        catalogue ??= UnitCatalogue.BuiltIn;
        var units = catalogue.InProvince(Guard.Against.Null(province), date);
        if (units.Count == 0)
            throw new ArgumentException($"No province '{province}' on {date:uuuu-MM-dd} in {catalogue.TitleOn(date)}.", nameof(province));
        return new RegisterUnits(requestId, [.. units.Select(u => u.ToRegistration())]);
    }

    /// <summary>
    /// The provinces of 2024 some of whose units became units of <paramref name="province"/> on
    /// 1 July 2025, by the catalogue's lineage, in ordinal order: for Đồng Nai, Bình Phước (which
    /// joined it) and Đồng Nai. Register their units of 2024 before recording the lineage with
    /// <see cref="LineageIntoProvince"/>.
    /// </summary>
    /// <param name="province">The province of 2025, as people write it or by its two-digit code.</param>
    /// <param name="catalogue">The catalogue, with any lineage the app added; <see cref="UnitCatalogue.BuiltIn"/> when <see langword="null"/>.</param>
    /// <returns>The provinces' short names as the 1 February 2024 catalogue writes them; empty when no unit has a predecessor.</returns>
    /// <exception cref="ArgumentException">No province had that name or code on 2025-07-01.</exception>
    public static IReadOnlyList<string> PredecessorProvinces(string province, UnitCatalogue? catalogue = null)
    {
        catalogue ??= UnitCatalogue.BuiltIn;
        return ProvincesOf(Predecessors(province, catalogue));
    }

    /// <summary>
    /// One request that records the built-in lineage of a province's units of 1 July 2025: each
    /// unit's predecessors of 2024, with the kind of change the catalogue gives. By default the
    /// predecessors come from every province of 2024 the lineage links into this one
    /// (<see cref="PredecessorProvinces"/>: for Đồng Nai, Bình Phước too), so no unit formed from
    /// another province's units is left without its history; every unit it names must be registered.
    /// </summary>
    /// <param name="requestId">The client's id for the request.</param>
    /// <param name="province">The province of 2025, as people write it or by its two-digit code.</param>
    /// <param name="catalogue">The catalogue, with any lineage the app added (<see cref="UnitCatalogue.WithLineage"/>); <see cref="UnitCatalogue.BuiltIn"/> when <see langword="null"/>.</param>
    /// <param name="onlyFrom">
    /// To link only the predecessors in some provinces of 2024, such as <c>["Đồng Nai"]</c> for an
    /// app that registered only its own province's units of 2024 (its units formed from Bình Phước's
    /// are then left without predecessors); every province of <see cref="PredecessorProvinces"/> when
    /// <see langword="null"/>.
    /// </param>
    /// <returns>The request, to send as the province's administrator.</returns>
    /// <exception cref="ArgumentException">No province had that name or code on 2025-07-01; a province
    /// in <paramref name="onlyFrom"/> is not one of <see cref="PredecessorProvinces"/>; or no unit has a
    /// predecessor in the provinces linked.</exception>
    public static RecordUnitLineage LineageIntoProvince(Guid requestId, string province, UnitCatalogue? catalogue = null, IEnumerable<string>? onlyFrom = null)
    {
        catalogue ??= UnitCatalogue.BuiltIn;
        var predecessors = Predecessors(province, catalogue);
        var linked = ProvincesOf(predecessors);
        var sources = onlyFrom is null ? linked : [.. onlyFrom];
        var unknown = sources.Where(source => !linked.Any(l => UnitNames.Same(source, l))).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException(
                $"onlyFrom names {string.Join(", ", unknown.Select(u => $"'{u}'"))}, but the lineage links into {province} units of {(linked.Count == 0 ? "no province" : string.Join(" and ", linked))} only.",
                nameof(onlyFrom));
        }

        var links = predecessors
            .Where(p => sources.Any(source => UnitNames.Same(source, p.Change.Unit.Province)))
            .Select(p => new UnitSuccession(p.Change.Unit.Code, p.Successor.Code, p.Change.On, ToChangeKind(p.Change.Kind)))
            .ToList();
        if (links.Count == 0)
            throw new ArgumentException($"No unit of {province} on {UnitCatalogue.ReformDate:uuuu-MM-dd} has a predecessor in {(sources.Count == 0 ? "no province" : string.Join(" or ", sources))} in the lineage.", nameof(province));
        return new RecordUnitLineage(requestId, links);
    }

    /// <summary>
    /// One request that records lineage rows an app read itself (<see cref="LineageReader"/>,
    /// <see cref="LineageCsv"/>), such as the 2023–2025 mergers the built-in rows do not cover; each
    /// row's kind is computed over the catalogue's rows and these together.
    /// </summary>
    /// <param name="requestId">The client's id for the request.</param>
    /// <param name="links">The rows.</param>
    /// <param name="catalogue">The catalogue the rows were read against; <see cref="UnitCatalogue.BuiltIn"/> when <see langword="null"/>.</param>
    /// <returns>The request, to send as the province's administrator.</returns>
    public static RecordUnitLineage LineageOf(Guid requestId, IReadOnlyCollection<LineageLink> links, UnitCatalogue? catalogue = null)
    {
        Guard.Against.Null(links);
        var all = (catalogue ?? UnitCatalogue.BuiltIn).WithLineage(links);
        return new RecordUnitLineage(requestId, [.. links.Select(l => new UnitSuccession(l.From.Code, l.To.Code, LineageLink.On, ToChangeKind(all.KindOf(l))))]);
    }

    /// <summary>The domain's kind of change for the catalogue's.</summary>
    /// <param name="kind">The catalogue's kind.</param>
    /// <returns>The same kind in the domain.</returns>
    public static UnitChangeKind ToChangeKind(this LineageKind kind) => kind switch
    {
        LineageKind.Merged => UnitChangeKind.Merged,
        LineageKind.Split => UnitChangeKind.Split,
        LineageKind.Renamed => UnitChangeKind.Renamed,
        LineageKind.Continued => UnitChangeKind.Continued,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a kind of lineage."),
    };

    /// <summary>Each unit of the province on 1 July 2025 with each of its predecessors in the catalogue's lineage.</summary>
    private static List<(CatalogueUnit Successor, LineageChange Change)> Predecessors(string province, UnitCatalogue catalogue)
    {
        var units = catalogue.InProvince(Guard.Against.Null(province), UnitCatalogue.ReformDate);
        if (units.Count == 0)
            throw new ArgumentException($"No province '{province}' on {UnitCatalogue.ReformDate:uuuu-MM-dd} in {catalogue.TitleOn(UnitCatalogue.ReformDate)}.", nameof(province));
        return [.. units.SelectMany(unit => catalogue.PredecessorsOf(unit).Select(change => (unit, change)))];
    }

    private static List<string> ProvincesOf(IEnumerable<(CatalogueUnit Successor, LineageChange Change)> predecessors) =>
        [.. predecessors.Select(p => p.Change.Unit.Province).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}
