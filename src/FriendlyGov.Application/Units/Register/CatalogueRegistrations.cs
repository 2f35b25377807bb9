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
}
