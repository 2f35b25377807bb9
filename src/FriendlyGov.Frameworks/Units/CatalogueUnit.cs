using FriendlyGov.Domain.Units;
using NodaTime;

namespace FriendlyGov.Frameworks.Units;

/// <summary>
/// A commune-level unit as one of the built-in catalogues lists it: the 10,597 units of
/// 1 February 2024 or the 3,321 units of 1 July 2025.
/// </summary>
/// <remarks>
/// A code names a unit only together with a date: the 2025 reform gave 3,314 of its units a code
/// that a different unit had in 2024 (<c>26041</c> was Phường Quyết Thắng and is Phường Trấn Biên
/// since 1 July 2025). <see cref="ExistedFrom"/> and <see cref="ExistedUntil"/> are the days the
/// catalogue speaks for, not the unit's founding: every unit of the 2024 catalogue reads
/// 2024-02-01 to 2025-06-30, every unit of the 2025 catalogue 2025-07-01 onwards.
/// </remarks>
/// <param name="Code">The official five-digit code of the General Statistics Office.</param>
/// <param name="Name">The official name with its prefix, NFC, such as <c>Phường Trấn Biên</c>.</param>
/// <param name="Kind">The kind of unit.</param>
/// <param name="ProvinceCode">The province's two-digit code, such as <c>75</c>.</param>
/// <param name="Province">The province's short name, such as <c>Đồng Nai</c>.</param>
/// <param name="DistrictCode">The district's three-digit code, for units of the 2024 catalogue; <see langword="null"/> after the reform abolished districts.</param>
/// <param name="District">The district's full name, such as <c>Thành phố Biên Hòa</c>, for units of the 2024 catalogue.</param>
/// <param name="ExistedFrom">The first day the catalogue speaks for: 2024-02-01 or 2025-07-01.</param>
/// <param name="ExistedUntil">The last day: 2025-06-30 for the 2024 catalogue, <see langword="null"/> for the 2025 one.</param>
public sealed record CatalogueUnit(
    string Code,
    string Name,
    UnitKind Kind,
    string ProvinceCode,
    string Province,
    string? DistrictCode,
    string? District,
    LocalDate ExistedFrom,
    LocalDate? ExistedUntil)
{
    /// <summary>Whether the catalogue lists this unit on <paramref name="date"/>.</summary>
    /// <param name="date">A day.</param>
    /// <returns><see langword="true"/> from <see cref="ExistedFrom"/> to <see cref="ExistedUntil"/>, both included.</returns>
    public bool ExistsOn(LocalDate date) => ExistedFrom <= date && (ExistedUntil is null || date <= ExistedUntil);

    /// <summary>The unit as evidence files and scorecards name it.</summary>
    /// <returns>Its code, name, kind and province.</returns>
    public AssessedUnit ToAssessedUnit() => new(Code, Name, Kind, Province);

    /// <summary>A new domain unit to register for assessment, with the catalogue's dates and district.</summary>
    /// <returns>A unit not yet stored.</returns>
    public AdministrativeUnit ToAdministrativeUnit() => new(Code, Kind, Name, Province, ExistedFrom, ExistedUntil, District);

    /// <summary>The unit in one line: code, name and date range, such as <c>26041 Phường Trấn Biên (from 2025-07-01)</c>.</summary>
    /// <returns>The line.</returns>
    public override string ToString() =>
        ExistedUntil is { } until
            ? $"{Code} {Name} ({ExistedFrom:uuuu-MM-dd} to {until:uuuu-MM-dd})"
            : $"{Code} {Name} (from {ExistedFrom:uuuu-MM-dd})";
}
