using FriendlyGov.Application.Ports;

namespace FriendlyGov.Samples.DongNai;

/// <summary>
/// The actor of the current request: this sample sets it by hand before each request.
/// </summary>
/// <remarks>
/// <para>
/// This is where an integrator plugs in real sign-in. A web app would build the
/// <see cref="Actor"/> from the signed-in user's claims (their id, roles, province, unit and
/// official code) in its own <see cref="ICurrentActor"/>, registered as scoped, instead of
/// setting it by hand as here.
/// </para>
/// </remarks>
internal sealed class SampleActor : ICurrentActor
{
    /// <inheritdoc />
    public Actor Actor { get; set; } = new("anonymous", new HashSet<ActorRole>());

    /// <summary>The province administrator of Đồng Nai.</summary>
    public static Actor Administrator { get; } =
        new("admin-dong-nai", new HashSet<ActorRole> { ActorRole.ProvinceAdministrator }, DongNaiUnits.Province);

    /// <summary>
    /// The province administrator of <paramref name="province"/>: Đồng Nai's, or Bình Phước's, who
    /// registers its units of 2024 (it joined Đồng Nai on 1 July 2025).
    /// </summary>
    /// <param name="province">The province.</param>
    /// <returns>The actor.</returns>
    public static Actor AdministratorOf(string province) =>
        province == DongNaiUnits.Province ? Administrator : new($"admin-{province}", new HashSet<ActorRole> { ActorRole.ProvinceAdministrator }, province);

    /// <summary>An appraiser of the province who belongs to no unit.</summary>
    public static Actor Appraiser { get; } =
        new("appraiser-dong-nai", new HashSet<ActorRole> { ActorRole.Appraiser }, DongNaiUnits.Province);

    /// <summary>The province's feedback portal (QR page and kiosks), forwarding citizens' ratings.</summary>
    public static Actor FeedbackPortal { get; } =
        new("feedback-portal-dong-nai", new HashSet<ActorRole> { ActorRole.FeedbackCollector }, DongNaiUnits.Province);

    /// <summary>The one-stop system's nightly import of dossier counts for the province.</summary>
    public static Actor DossierImport { get; } =
        new("one-stop-import-dong-nai", new HashSet<ActorRole> { ActorRole.DataImporter }, DongNaiUnits.Province);

    /// <summary>The officer of a unit.</summary>
    /// <param name="unitCode">The unit.</param>
    /// <returns>The actor.</returns>
    public static Actor OfficerOf(string unitCode) =>
        new($"officer-{unitCode}", new HashSet<ActorRole> { ActorRole.UnitOfficer }, DongNaiUnits.Province, unitCode);
}
