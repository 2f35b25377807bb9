using FriendlyGov.Application.Units.Register;
using FriendlyGov.Domain.Units;
using NodaTime;

namespace FriendlyGov.Application.Tests.Contract;

/// <summary>
/// Real commune-level units of Đồng Nai as they stood in 2024 (GSO codes and names, as in
/// <c>samples/evidence</c> and <c>fixtures/dongnai-2024.json</c>), and the built-in framework and
/// code of conduct the province assesses them with. The figures the tests give them are invented.
/// </summary>
public static class DongNai
{
    /// <summary>The province, NFC.</summary>
    public const string Province = "Đồng Nai";

    /// <summary>The built-in framework.</summary>
    public const string Framework = "dongnai-friendly-government@2024.1";

    /// <summary>Phường Tân Phong (ward).</summary>
    public const string TanPhong = "25996";

    /// <summary>Xã Bình Lộc (commune).</summary>
    public const string BinhLoc = "26089";

    /// <summary>Thị trấn Tân Phú (township).</summary>
    public const string TanPhu = "26116";

    /// <summary>Xã Tà Lài (commune).</summary>
    public const string TaLai = "26131";

    /// <summary>Xã Phước An (commune).</summary>
    public const string PhuocAn = "26503";

    /// <summary>Phường Thống Nhất (ward).</summary>
    public const string ThongNhat = "26029";

    /// <summary>Phường Quyết Thắng (ward).</summary>
    public const string QuyetThang = "26041";

    /// <summary>Every unit the tests register, with its name and kind.</summary>
    public static IReadOnlyList<(string Code, string Name, UnitKind Kind)> Units { get; } =
    [
        (TanPhong, "Phường Tân Phong", UnitKind.Ward),
        (ThongNhat, "Phường Thống Nhất", UnitKind.Ward),
        (QuyetThang, "Phường Quyết Thắng", UnitKind.Ward),
        (BinhLoc, "Xã Bình Lộc", UnitKind.Commune),
        (TanPhu, "Thị trấn Tân Phú", UnitKind.Township),
        (TaLai, "Xã Tà Lài", UnitKind.Commune),
        (PhuocAn, "Xã Phước An", UnitKind.Commune),
    ];

    /// <summary>The name of a unit.</summary>
    /// <param name="code">Its code.</param>
    /// <returns>Its name.</returns>
    public static string NameOf(string code) => Units.Single(u => u.Code == code).Name;

    /// <summary>
    /// The registrations: each unit existed in this form from 2020 until the reform of 1 July 2025
    /// merged it, so rounds for 2023 and 2024 can assess it.
    /// </summary>
    public static IReadOnlyList<UnitRegistration> Registrations { get; } =
        [.. Units.Select(u => new UnitRegistration(u.Code, u.Kind, u.Name, Province, new LocalDate(2020, 1, 1), new LocalDate(2025, 6, 30)))];
}
