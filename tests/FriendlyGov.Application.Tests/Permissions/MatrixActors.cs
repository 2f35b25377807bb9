using FriendlyGov.Application.Ports;
using FriendlyGov.Application.Tests.Contract;

namespace FriendlyGov.Application.Tests.Permissions;

/// <summary>
/// The actors of the authorization matrix: every <see cref="ActorRole"/>, in and out of scope.
/// Every request of the matrix is about Phường Tân Phong (<see cref="DongNai.TanPhong"/>) in
/// Đồng Nai, or about something of Đồng Nai's; the observed official is its head, CB-017.
/// </summary>
public static class MatrixActors
{
    /// <summary>The official the matrix's conduct observations are about: the head of Phường Tân Phong.</summary>
    public const string ObservedOfficial = "CB-017";

    /// <summary>Another province, where actors have roles but no say about Đồng Nai.</summary>
    public const string OtherProvince = "Bình Dương";

    /// <summary>Signed in, in Đồng Nai and Tân Phong, but with no role at all.</summary>
    public const string Nobody = "no role";

    /// <summary>An officer of Phường Tân Phong, the unit the requests are about.</summary>
    public const string Officer = "officer of the unit";

    /// <summary>An officer of Xã Bình Lộc, another unit of the same province.</summary>
    public const string OfficerOfOtherUnit = "officer of another unit";

    /// <summary>An officer of Phường Phú Cường (25747), a unit of another province.</summary>
    public const string OfficerElsewhere = "officer of a unit of another province";

    /// <summary>An appraiser of Đồng Nai who belongs to no unit.</summary>
    public const string Appraiser = "appraiser";

    /// <summary>An appraiser of Đồng Nai who belongs to Phường Tân Phong.</summary>
    public const string AppraiserOfUnit = "appraiser of the unit";

    /// <summary>An appraiser of another province.</summary>
    public const string AppraiserElsewhere = "appraiser of another province";

    /// <summary>A province administrator of Đồng Nai.</summary>
    public const string Administrator = "administrator";

    /// <summary>A province administrator of another province.</summary>
    public const string AdministratorElsewhere = "administrator of another province";

    /// <summary>A feedback channel for every unit of Đồng Nai (the provincial portal).</summary>
    public const string Collector = "feedback collector of the province";

    /// <summary>A feedback kiosk at Phường Tân Phong's desk.</summary>
    public const string CollectorOfUnit = "feedback collector of the unit";

    /// <summary>A feedback kiosk at Xã Bình Lộc's desk.</summary>
    public const string CollectorOfOtherUnit = "feedback collector of another unit";

    /// <summary>A feedback channel of another province.</summary>
    public const string CollectorElsewhere = "feedback collector of another province";

    /// <summary>A data importer for Đồng Nai.</summary>
    public const string Importer = "data importer of the province";

    /// <summary>A data importer for every province (no province set), such as the national one-stop system.</summary>
    public const string ImporterOfEveryProvince = "data importer of every province";

    /// <summary>A data importer for another province.</summary>
    public const string ImporterElsewhere = "data importer of another province";

    /// <summary>An appraiser of Đồng Nai who is the observed official CB-017.</summary>
    public const string AppraiserObserved = "appraiser who is the observed official";

    /// <summary>A province administrator of Đồng Nai who is the observed official CB-017.</summary>
    public const string AdministratorObserved = "administrator who is the observed official";

    /// <summary>Every actor, by the name the matrix gives them.</summary>
    public static IReadOnlyDictionary<string, Actor> All { get; } = new Dictionary<string, Actor>(StringComparer.Ordinal)
    {
        [Nobody] = new("nobody", Roles(), DongNai.Province, DongNai.TanPhong),
        [Officer] = Actors.OfficerOf(DongNai.TanPhong),
        [OfficerOfOtherUnit] = Actors.OfficerOf(DongNai.BinhLoc),
        [OfficerElsewhere] = new("officer-25747", Roles(ActorRole.UnitOfficer), OtherProvince, "25747"),
        [Appraiser] = Actors.Appraiser,
        [AppraiserOfUnit] = Actors.AppraiserOfTanPhong,
        [AppraiserElsewhere] = Actors.AppraiserOfBinhDuong,
        [Administrator] = Actors.Administrator,
        [AdministratorElsewhere] = Actors.AdministratorOfBinhDuong,
        [Collector] = new("portal-dong-nai", Roles(ActorRole.FeedbackCollector), DongNai.Province),
        [CollectorOfUnit] = new("kiosk-25996", Roles(ActorRole.FeedbackCollector), DongNai.Province, DongNai.TanPhong),
        [CollectorOfOtherUnit] = new("kiosk-26089", Roles(ActorRole.FeedbackCollector), DongNai.Province, DongNai.BinhLoc),
        [CollectorElsewhere] = new("portal-binh-duong", Roles(ActorRole.FeedbackCollector), OtherProvince),
        [Importer] = new("import-dong-nai", Roles(ActorRole.DataImporter), DongNai.Province),
        [ImporterOfEveryProvince] = new("import-national", Roles(ActorRole.DataImporter)),
        [ImporterElsewhere] = new("import-binh-duong", Roles(ActorRole.DataImporter), OtherProvince),
        [AppraiserObserved] = Actors.AppraiserWhoIs(ObservedOfficial),
        [AdministratorObserved] = new($"admin-{ObservedOfficial}", Roles(ActorRole.ProvinceAdministrator), DongNai.Province, null, ObservedOfficial),
    };

    private static HashSet<ActorRole> Roles(params ActorRole[] roles) => [.. roles];
}
