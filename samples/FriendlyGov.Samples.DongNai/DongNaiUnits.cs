using FriendlyGov.Domain.Units;

namespace FriendlyGov.Samples.DongNai;

/// <summary>A commune-level unit of Đồng Nai as it stood in 2024.</summary>
/// <param name="Code">The official GSO code.</param>
/// <param name="Name">The unit's name.</param>
/// <param name="Kind">Ward, commune or township.</param>
/// <param name="District">The district-level unit it belonged to in 2024.</param>
internal sealed record DongNaiUnit(string Code, string Name, UnitKind Kind, string District);

/// <summary>
/// Thirty real commune-level units of Đồng Nai (province code 75) as they stood in 2024, before
/// the reform of 1 July 2025 merged them. Names and codes are real; every figure this sample gives
/// them is invented.
/// </summary>
/// <remarks>
/// The names and codes come from thanglequoc/vietnamese-provinces-database (tag v2.0.0, the state
/// of 1 February 2024), under the MIT licence: see the notice in samples/evidence/README.md.
/// </remarks>
internal static class DongNaiUnits
{
    /// <summary>The province, NFC.</summary>
    public const string Province = "Đồng Nai";

    /// <summary>The units, by code.</summary>
    public static IReadOnlyList<DongNaiUnit> All { get; } =
    [
        new("25993", "Phường Trảng Dài", UnitKind.Ward, "Thành phố Biên Hòa"),
        new("25996", "Phường Tân Phong", UnitKind.Ward, "Thành phố Biên Hòa"),
        new("26011", "Phường Bửu Long", UnitKind.Ward, "Thành phố Biên Hòa"),
        new("26029", "Phường Thống Nhất", UnitKind.Ward, "Thành phố Biên Hòa"),
        new("26047", "Phường Bình Đa", UnitKind.Ward, "Thành phố Biên Hòa"),
        new("26065", "Phường Hiệp Hòa", UnitKind.Ward, "Thành phố Biên Hòa"),
        new("26083", "Phường Xuân Hoà", UnitKind.Ward, "Thành phố Long Khánh"),
        new("26089", "Xã Bình Lộc", UnitKind.Commune, "Thành phố Long Khánh"),
        new("26101", "Phường Xuân Lập", UnitKind.Ward, "Thành phố Long Khánh"),
        new("26116", "Thị trấn Tân Phú", UnitKind.Township, "Huyện Tân Phú"),
        new("26119", "Xã Dak Lua", UnitKind.Commune, "Huyện Tân Phú"),
        new("26131", "Xã Tà Lài", UnitKind.Commune, "Huyện Tân Phú"),
        new("26137", "Xã Phú Sơn", UnitKind.Commune, "Huyện Tân Phú"),
        new("26155", "Xã Phú Lâm", UnitKind.Commune, "Huyện Tân Phú"),
        new("26173", "Xã Phú Lý", UnitKind.Commune, "Huyện Vĩnh Cửu"),
        new("26191", "Xã Thiện Tân", UnitKind.Commune, "Huyện Vĩnh Cửu"),
        new("26209", "Xã Thanh Sơn", UnitKind.Commune, "Huyện Định Quán"),
        new("26227", "Xã La Ngà", UnitKind.Commune, "Huyện Định Quán"),
        new("26245", "Xã Suối Nho", UnitKind.Commune, "Huyện Định Quán"),
        new("26263", "Xã Sông Trầu", UnitKind.Commune, "Huyện Trảng Bom"),
        new("26281", "Xã Trung Hoà", UnitKind.Commune, "Huyện Trảng Bom"),
        new("26299", "Xã Gia Tân 1", UnitKind.Commune, "Huyện Thống Nhất"),
        new("26317", "Xã Hưng Lộc", UnitKind.Commune, "Huyện Thống Nhất"),
        new("26335", "Xã Nhân Nghĩa", UnitKind.Commune, "Huyện Cẩm Mỹ"),
        new("26353", "Xã Xuân Bảo", UnitKind.Commune, "Huyện Cẩm Mỹ"),
        new("26371", "Phường An Hòa", UnitKind.Ward, "Thành phố Biên Hòa"),
        new("26389", "Xã Long Đức", UnitKind.Commune, "Huyện Long Thành"),
        new("26410", "Xã Bàu Cạn", UnitKind.Commune, "Huyện Long Thành"),
        new("26428", "Xã Xuân Bắc", UnitKind.Commune, "Huyện Xuân Lộc"),
        new("26503", "Xã Phước An", UnitKind.Commune, "Huyện Nhơn Trạch"),
    ];
}
