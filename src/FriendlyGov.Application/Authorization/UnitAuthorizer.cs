using FriendlyGov.Application.Ports;
using FriendlyGov.Application.Units;
using FriendlyGov.Domain.Units;
using NodaTime;

namespace FriendlyGov.Application.Authorization;

/// <summary>
/// Authorizes a request that names one registered unit by its code and a day, by what the actor may
/// do about the unit that existed on that day (<see cref="UnitLookup.ResolveAsync"/>): a 2024
/// rating under a code reused in 2025 is decided by the 2024 unit's province.
/// </summary>
/// <typeparam name="TRequest">The request.</typeparam>
/// <param name="units">Finds the unit.</param>
/// <param name="unitCode">Reads the request's unit code.</param>
/// <param name="on">Reads the request's day: the day of what it records, or the last day of the period it asks about.</param>
/// <param name="decide">Decides for the actor and the unit.</param>
internal abstract class UnitAuthorizer<TRequest>(
    UnitLookup units,
    Func<TRequest, string> unitCode,
    Func<TRequest, LocalDate> on,
    Func<Actor, AdministrativeUnit, AuthorizationDecision> decide)
    : RecordAuthorizer<TRequest, AdministrativeUnit>(
        (r, c) => units.ResolveAsync(typeof(TRequest).Name, unitCode(r), on(r), c),
        (actor, unit, _) => decide(actor, unit))
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
