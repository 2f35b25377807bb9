using FriendlyGov.Domain;

namespace FriendlyGov.Frameworks.Units;

/// <summary>
/// One end of a lineage row as a file gives it (code, name and province) and where each value
/// stands in the file, resolved against a catalogue by <see cref="Resolve"/>.
/// </summary>
/// <param name="Code">The five-digit code as written.</param>
/// <param name="Name">The full name as written.</param>
/// <param name="Province">The province's short name as written.</param>
/// <param name="CodeAt">Where the code stands: a JSON path or "row 3, column code_2024".</param>
/// <param name="NameAt">Where the name stands.</param>
/// <param name="ProvinceAt">Where the province stands.</param>
internal sealed record LineageEnd(string Code, string Name, string Province, string CodeAt, string NameAt, string ProvinceAt)
{
    /// <summary>
    /// The unit of <paramref name="catalogue"/> this end names on <paramref name="date"/>: its code
    /// must be listed then, and its name and province must be that unit's (as
    /// <see cref="UnitNames"/> compares them), so a mistyped or reused code is caught.
    /// </summary>
    public CatalogueUnit? Resolve(UnitCatalogue catalogue, NodaTime.LocalDate date, List<Problem> problems)
    {
        var unit = catalogue.Find(Code, date);
        if (unit is null)
        {
            problems.Add(new Problem(CodeAt, $"'{Shown(Code)}' is not the code of a unit in {catalogue.TitleOn(date)}"));
            return null;
        }

        var count = problems.Count;
        if (!UnitNames.Same(Name, unit.Name))
            problems.Add(new Problem(NameAt, $"'{Shown(Name)}' is not the name of {unit.Code} in {catalogue.TitleOn(date)}: it is {unit.Name}"));
        if (!UnitNames.Same(Province, unit.Province))
            problems.Add(new Problem(ProvinceAt, $"'{Shown(Province)}' is not the province of {unit.Code} {unit.Name} in {catalogue.TitleOn(date)}: it is {unit.Province}"));
        return problems.Count > count ? null : unit;
    }

    private static string Shown(string text) => MessageText.Printable(text);
}
