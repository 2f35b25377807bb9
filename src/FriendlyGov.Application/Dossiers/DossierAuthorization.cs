using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Ports;

namespace FriendlyGov.Application.Dossiers;

/// <summary>Who may import dossier statistics: the <see cref="ImporterInScope"/> rule.</summary>
public static class DossierAuthorization
{
    /// <summary>
    /// Only a data importer of the units' province (or of every province), or a province
    /// administrator of it, records dossier statistics.
    /// </summary>
    public const string ImporterInScope = "dossier-importer-in-scope";

    /// <summary>Allowed when <paramref name="actor"/> imports in <paramref name="province"/> or administers it.</summary>
    /// <param name="actor">Who sends the request.</param>
    /// <param name="province">A province of the units imported.</param>
    /// <returns>The decision.</returns>
    public static AuthorizationDecision ImporterOf(Actor actor, string province) =>
        (Guard.Against.Null(actor).Has(ActorRole.DataImporter) && (actor.Province is null || actor.Province == province))
        || (actor.Has(ActorRole.ProvinceAdministrator) && actor.Province == province)
            ? AuthorizationDecision.Allow
            : AuthorizationDecision.Refuse(ImporterInScope, $"only a data importer or province administrator of {province} may record dossier statistics there");

    /// <summary>Allowed when <paramref name="actor"/> is a data importer or province administrator anywhere.</summary>
    /// <param name="actor">Who sends the request.</param>
    /// <returns>The decision.</returns>
    public static AuthorizationDecision AnyImporter(Actor actor) =>
        Guard.Against.Null(actor).Has(ActorRole.DataImporter) || actor.Has(ActorRole.ProvinceAdministrator)
            ? AuthorizationDecision.Allow
            : AuthorizationDecision.Refuse(ImporterInScope, "only a data importer or a province administrator may record dossier statistics");
}
