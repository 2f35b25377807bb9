using System.Text;
using FriendlyGov.Application.Ports;
using FriendlyGov.Application.Units.Register;
using FriendlyGov.Domain.Units;
using NodaTime;

namespace FriendlyGov.Benchmarks;

/// <summary>One commune-level unit of <c>data/vn-units-2024.csv</c>.</summary>
/// <param name="Code">The GSO five-digit code.</param>
/// <param name="Name">The official name.</param>
/// <param name="Kind">The kind.</param>
/// <param name="Province">The province's short name.</param>
public sealed record VietnamUnit(string Code, string Name, UnitKind Kind, string Province);

/// <summary>
/// Vietnam's 10,597 commune-level units of 2024 (<c>data/vn-units-2024.csv</c>, MIT; see
/// <c>data/README.md</c>), and the national round the benchmarks assess them in.
/// </summary>
public static class VietnamUnits
{
    /// <summary>
    /// Vietnam's count of commune-level units in 2024 that the issue names. The data file has
    /// 10,597 (its state of 1 February 2024); <see cref="National"/> adds two synthetic communes,
    /// 99998 and 99999, to reach it.
    /// </summary>
    public const int Count2024 = 10_599;

    /// <summary>
    /// The province of the national round. A round belongs to one province and takes only its
    /// units, so for the benchmarks every unit is registered in this one pseudo-province; codes,
    /// names and kinds are the real ones.
    /// </summary>
    public const string Nation = "Cả nước";

    /// <summary>Every unit of the data file.</summary>
    /// <returns>10,597 units, by code.</returns>
    public static IReadOnlyList<VietnamUnit> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "data", "vn-units-2024.csv");
        var units = new List<VietnamUnit>();
        foreach (var line in File.ReadLines(path, Encoding.UTF8).Skip(1))
        {
            var cells = line.Split(',');
            if (!UnitKinds.TryParse(cells[2], out var kind)) throw new InvalidDataException($"Unknown kind '{cells[2]}' in {line}.");
            units.Add(new VietnamUnit(cells[0], cells[1], kind, cells[6]));
        }

        return units;
    }

    /// <summary>The 10,599 units of the national round: the file's 10,597, moved to <see cref="Nation"/>, and two synthetic communes.</summary>
    /// <returns>The units.</returns>
    public static IReadOnlyList<VietnamUnit> National() =>
    [
        .. Load().Select(u => u with { Province = Nation }),
        new("99998", "Xã Tổng Hợp Một (synthetic)", UnitKind.Commune, Nation),
        new("99999", "Xã Tổng Hợp Hai (synthetic)", UnitKind.Commune, Nation),
    ];

    /// <summary>The registrations of <paramref name="units"/>: each existed from 2020, so a round for 2023 or 2024 can assess it.</summary>
    /// <param name="units">The units.</param>
    /// <returns>The registrations.</returns>
    public static IReadOnlyList<UnitRegistration> Registrations(IEnumerable<VietnamUnit> units) =>
        [.. units.Select(u => new UnitRegistration(u.Code, u.Kind, u.Name, u.Province, new LocalDate(2020, 1, 1)))];

    /// <summary>A province administrator.</summary>
    /// <param name="province">The province.</param>
    /// <returns>The actor.</returns>
    public static Actor Administrator(string province) => new($"admin-{province}", new HashSet<ActorRole> { ActorRole.ProvinceAdministrator }, province);

    /// <summary>An appraiser who belongs to no unit.</summary>
    /// <param name="province">The province.</param>
    /// <returns>The actor.</returns>
    public static Actor Appraiser(string province) => new($"appraiser-{province}", new HashSet<ActorRole> { ActorRole.Appraiser }, province);
}
