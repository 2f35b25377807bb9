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
    /// One request that records the built-in lineage of a province's units of 1 July 2025: each
    /// unit's predecessors of 2024 in the same province (and in <paramref name="alsoFrom"/>), with the
    /// kind of change the catalogue gives. Every unit it names must be registered.
    /// </summary>
    /// <param name="requestId">The client's id for the request.</param>
    /// <param name="province">The province of 2025, as people write it or by its two-digit code.</param>
    /// <param name="catalogue">The catalogue, with any lineage the app added (<see cref="UnitCatalogue.WithLineage"/>); <see cref="UnitCatalogue.BuiltIn"/> when <see langword="null"/>.</param>
    /// <param name="alsoFrom">Provinces of 2024 whose units also count as predecessors, such as Bình Phước for Đồng Nai; their units must be registered too.</param>
    /// <returns>The request, to send as the province's administrator.</returns>
    /// <exception cref="ArgumentException">No province had that name or code on 2025-07-01, or none of its units has a predecessor there.</exception>
    public static RecordUnitLineage LineageIntoProvince(Guid requestId, string province, UnitCatalogue? catalogue = null, IEnumerable<string>? alsoFrom = null)
    {
        catalogue ??= UnitCatalogue.BuiltIn;
        var units = catalogue.InProvince(Guard.Against.Null(province), UnitCatalogue.ReformDate);
        if (units.Count == 0)
            throw new ArgumentException($"No province '{province}' on {UnitCatalogue.ReformDate:uuuu-MM-dd} in {catalogue.TitleOn(UnitCatalogue.ReformDate)}.", nameof(province));
        var sources = new List<string> { units[0].Province };
        sources.AddRange(alsoFrom ?? []);
        var links = units
            .SelectMany(unit => catalogue.PredecessorsOf(unit)
                .Where(p => sources.Any(source => UnitNames.Same(source, p.Unit.Province)))
                .Select(p => new UnitSuccession(p.Unit.Code, unit.Code, p.On, ToChangeKind(p.Kind))))
            .ToList();
        if (links.Count == 0)
            throw new ArgumentException($"No unit of {province} on {UnitCatalogue.ReformDate:uuuu-MM-dd} has a predecessor in {string.Join(" or ", sources)} in the lineage.", nameof(province));
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
}
