using FriendlyGov.Application.Ports;

namespace FriendlyGov.Application.Tests.Contract;

/// <summary>The people who send the tests' requests.</summary>
public static class Actors
{
    /// <summary>A province administrator of Đồng Nai.</summary>
    public static Actor Administrator { get; } = new("admin-dong-nai", new HashSet<ActorRole> { ActorRole.ProvinceAdministrator }, DongNai.Province);

    /// <summary>An appraiser of Đồng Nai who belongs to no unit.</summary>
    public static Actor Appraiser { get; } = new("appraiser-dong-nai", new HashSet<ActorRole> { ActorRole.Appraiser }, DongNai.Province);

    /// <summary>An appraiser of Đồng Nai who belongs to Phường Tân Phong.</summary>
    public static Actor AppraiserOfTanPhong { get; } = new("appraiser-25996", new HashSet<ActorRole> { ActorRole.Appraiser }, DongNai.Province, DongNai.TanPhong);

    /// <summary>An appraiser of another province.</summary>
    public static Actor AppraiserOfBinhDuong { get; } = new("appraiser-binh-duong", new HashSet<ActorRole> { ActorRole.Appraiser }, "Bình Dương");

    /// <summary>A province administrator of another province.</summary>
    public static Actor AdministratorOfBinhDuong { get; } = new("admin-binh-duong", new HashSet<ActorRole> { ActorRole.ProvinceAdministrator }, "Bình Dương");

    /// <summary>A province administrator of Bình Phước, which joined Đồng Nai on 1 July 2025: registers its units of 2024.</summary>
    public static Actor AdministratorOfBinhPhuoc { get; } = new("admin-binh-phuoc", new HashSet<ActorRole> { ActorRole.ProvinceAdministrator }, "Bình Phước");

    /// <summary>The officer of a unit.</summary>
    /// <param name="unitCode">The unit.</param>
    /// <returns>The actor.</returns>
    public static Actor OfficerOf(string unitCode) =>
        new($"officer-{unitCode}", new HashSet<ActorRole> { ActorRole.UnitOfficer }, DongNai.Province, unitCode);

    /// <summary>An appraiser of Đồng Nai who is also the official with <paramref name="officialCode"/>.</summary>
    /// <param name="officialCode">The official's code.</param>
    /// <returns>The actor.</returns>
    public static Actor AppraiserWhoIs(string officialCode) =>
        new($"appraiser-{officialCode}", new HashSet<ActorRole> { ActorRole.Appraiser }, DongNai.Province, null, officialCode);
}
