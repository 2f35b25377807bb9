using System.Text.Json;

namespace FriendlyGov.Samples.WebApi.Tests;

/// <summary>What several tests start from: three Đồng Nai units registered and a round opened on them, over HTTP.</summary>
internal static class Given
{
    /// <summary>Phường Trảng Dài, a ward.</summary>
    public const string TrangDai = "25993";

    /// <summary>Phường Tân Phong, a ward.</summary>
    public const string TanPhong = "25996";

    /// <summary>Xã Bình Lộc, a commune.</summary>
    public const string BinhLoc = "26089";

    /// <summary>The framework every round here is opened on.</summary>
    public const string Framework = "dongnai-friendly-government@2024.1";

    private static readonly object[] Units =
    [
        new { code = TrangDai, kind = "ward", name = "Phường Trảng Dài", province = Actors.Province, existedFrom = "2020-01-01", district = "Thành phố Biên Hòa" },
        new { code = TanPhong, kind = "ward", name = "Phường Tân Phong", province = Actors.Province, existedFrom = "2020-01-01", district = "Thành phố Biên Hòa" },
        new { code = BinhLoc, kind = "commune", name = "Xã Bình Lộc", province = Actors.Province, existedFrom = "2020-01-01", district = "Thành phố Long Khánh" },
    ];

    /// <summary>Registers the three units (a second time changes nothing) and opens a yearly round on them, deadlines 31 January and 28 February 2025.</summary>
    /// <param name="api">The app.</param>
    /// <param name="period">The year.</param>
    /// <returns>The round's id.</returns>
    public static async Task<Guid> ARound(WebApiFactory api, string period = "2024")
    {
        using var admin = api.As(Actors.Administrator);
        await TheUnits(api);
        var opened = await admin.Post("/rounds", RoundOf(period, TrangDai, TanPhong, BinhLoc)).Ok<JsonElement>();
        return opened.GetProperty("roundId").GetGuid();
    }

    /// <summary>Registers the three units; a second time changes nothing.</summary>
    /// <param name="api">The app.</param>
    /// <returns>A task.</returns>
    public static async Task TheUnits(WebApiFactory api)
    {
        using var admin = api.As(Actors.Administrator);
        await admin.Post("/units", new { units = Units }).Ok<JsonElement>();
    }

    /// <summary>The body of <c>POST /rounds</c>: a yearly round in Đồng Nai, deadlines 31 January and 28 February 2025.</summary>
    /// <param name="period">The year.</param>
    /// <param name="unitCodes">The units.</param>
    /// <returns>The body.</returns>
    public static object RoundOf(string period, params string[] unitCodes) => new
    {
        framework = Framework,
        period,
        province = Actors.Province,
        unitCodes,
        selfAssessmentDeadline = "2025-01-31",
        appraisalDeadline = "2025-02-28",
    };
}
