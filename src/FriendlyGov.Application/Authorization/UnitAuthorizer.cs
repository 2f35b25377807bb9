using FriendlyGov.Application.Ports;
using FriendlyGov.Application.Units;
using FriendlyGov.Domain.Units;

namespace FriendlyGov.Application.Authorization;

/// <summary>Authorizes a request that names one registered unit, by what the actor may do about that unit.</summary>
/// <typeparam name="TRequest">The request.</typeparam>
/// <param name="units">Finds the unit.</param>
/// <param name="unitCode">Reads the request's unit code.</param>
/// <param name="decide">Decides for the actor and the unit.</param>
internal abstract class UnitAuthorizer<TRequest>(
    UnitLookup units,
    Func<TRequest, string> unitCode,
    Func<Actor, AdministrativeUnit, AuthorizationDecision> decide)
    : RecordAuthorizer<TRequest, AdministrativeUnit>((r, c) => units.UnitAsync(unitCode(r), c), (actor, unit, _) => decide(actor, unit))
{
    /// <summary>
    /// Allowed for the unit's officer or a province administrator of its province: who records
    /// what happened in a unit (sessions, disclosures).
    /// </summary>
    /// <param name="actor">Who sends the request.</param>
    /// <param name="unit">The unit.</param>
    /// <returns>The decision; a refusal names <see cref="Rules.UnitOfficerOwnUnit"/>.</returns>
    public static AuthorizationDecision RecorderOf(Actor actor, AdministrativeUnit unit) =>
        Rules.Any(Rules.OfficerOf(actor, unit.Code), Rules.AdministratorOf(actor, unit.Province));

    /// <summary>Allowed for whoever may read the unit's figures (<see cref="Rules.ReaderInScope"/>).</summary>
    /// <param name="actor">Who sends the request.</param>
    /// <param name="unit">The unit.</param>
    /// <returns>The decision.</returns>
    public static AuthorizationDecision ReaderOf(Actor actor, AdministrativeUnit unit) =>
        Rules.ReaderOf(actor, unit.Province, unit.Code);
}
