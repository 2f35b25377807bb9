using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Ports;

namespace FriendlyGov.Application.Conduct;

/// <summary>
/// Who may record and decide conduct observations: the <see cref="Rules.ConductDecider"/> and
/// <see cref="Rules.NoSelfConfirmation"/> rules, as the conduct requests' authorizers apply them.
/// </summary>
public static class ConductAuthorization
{
    /// <summary>
    /// Allowed when <paramref name="actor"/> is an appraiser or administrator of
    /// <paramref name="province"/>; otherwise refused by <see cref="Rules.ConductDecider"/>.
    /// </summary>
    /// <param name="actor">Who sends the request.</param>
    /// <param name="province">The province of the observation's unit.</param>
    /// <returns>The decision.</returns>
    public static AuthorizationDecision DeciderOf(Actor actor, string province) =>
        InProvince(actor, province)
            ? AuthorizationDecision.Allow
            : AuthorizationDecision.Refuse(Rules.ConductDecider, $"only an appraiser or administrator of {province} may decide conduct observations there");

    /// <summary>
    /// Allowed unless <paramref name="actor"/> is the official observed; then refused by
    /// <see cref="Rules.NoSelfConfirmation"/>.
    /// </summary>
    /// <param name="actor">Who sends the request.</param>
    /// <param name="officialCode">The official observed.</param>
    /// <returns>The decision.</returns>
    public static AuthorizationDecision NotTheOfficialObserved(Actor actor, string officialCode) =>
        Guard.Against.Null(actor).OfficialCode is { } own && string.Equals(own, officialCode, StringComparison.Ordinal)
            ? AuthorizationDecision.Refuse(Rules.NoSelfConfirmation, $"{actor.Id} is official {officialCode} and may not decide an observation about themselves")
            : AuthorizationDecision.Allow;

    /// <summary>
    /// Allowed when <paramref name="actor"/> is an appraiser or administrator of
    /// <paramref name="province"/>, or an officer of <paramref name="unitCode"/>; otherwise refused
    /// by <see cref="Rules.ConductDecider"/>.
    /// </summary>
    /// <param name="actor">Who sends the request.</param>
    /// <param name="province">The province of the unit where the official served.</param>
    /// <param name="unitCode">The unit where the official served on the observation's date.</param>
    /// <returns>The decision.</returns>
    public static AuthorizationDecision RecorderOf(Actor actor, string province, string unitCode) =>
        InProvince(actor, province) || (actor.Has(ActorRole.UnitOfficer) && actor.UnitCode == unitCode)
            ? AuthorizationDecision.Allow
            : AuthorizationDecision.Refuse(Rules.ConductDecider, $"only an appraiser or administrator of {province}, or an officer of unit {unitCode}, may record an observation about an official serving there");

    private static bool InProvince(Actor actor, string province) =>
        (Guard.Against.Null(actor).Has(ActorRole.Appraiser) || actor.Has(ActorRole.ProvinceAdministrator)) && actor.Province == province;
}
