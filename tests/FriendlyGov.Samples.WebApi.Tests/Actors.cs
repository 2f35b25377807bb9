namespace FriendlyGov.Samples.WebApi.Tests;

/// <summary>The values of the sample's <c>X-FriendlyGov-Actor</c> header for the actors of the tests.</summary>
internal static class Actors
{
    /// <summary>The province, as units are registered in it.</summary>
    public const string Province = "Đồng Nai";

    /// <summary>The province, percent-encoded for a header or a URL.</summary>
    public static readonly string EncodedProvince = Uri.EscapeDataString(Province);

    /// <summary>The province administrator of Đồng Nai.</summary>
    public static readonly string Administrator = $"id=admin-dong-nai; roles=ProvinceAdministrator; province={EncodedProvince}";

    /// <summary>An appraiser of Đồng Nai who belongs to no unit.</summary>
    public static readonly string Appraiser = $"id=appraiser-dong-nai; roles=Appraiser; province={EncodedProvince}";

    /// <summary>The officer of a unit.</summary>
    /// <param name="unitCode">The unit.</param>
    /// <returns>The header's value.</returns>
    public static string OfficerOf(string unitCode) => $"id=officer-{unitCode}; roles=UnitOfficer; province={EncodedProvince}; unit={unitCode}";

    /// <summary>A feedback channel of Đồng Nai, such as the QR page, forwarding citizens' ratings of any unit of the province.</summary>
    public static readonly string FeedbackCollector = $"id=qr-dong-nai; roles=FeedbackCollector; province={EncodedProvince}";

    /// <summary>The one-stop system's import of Đồng Nai's dossier statistics.</summary>
    public static readonly string DataImporter = $"id=one-stop-dong-nai; roles=DataImporter; province={EncodedProvince}";
}
