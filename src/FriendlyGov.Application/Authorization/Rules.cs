using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Assessments;

namespace FriendlyGov.Application.Authorization;

/// <summary>The named authorization rules that the requests' authorizers combine.</summary>
public static class Rules
{
    /// <summary>A unit's officer may record and submit only for that unit.</summary>
    public const string UnitOfficerOwnUnit = "unit-officer-own-unit";

    /// <summary>An appraiser works only within their province.</summary>
    public const string AppraiserInScope = "appraiser-in-scope";

    /// <summary>An appraiser never appraises the unit they belong to.</summary>
    public const string AppraiserNotOwnUnit = "appraiser-not-own-unit";

    /// <summary>Only a province administrator of that province opens rounds, registers units, finalizes and reopens.</summary>
    public const string ProvinceAdministrator = "province-administrator";

    /// <summary>Only an appraiser or administrator in the province decides conduct observations.</summary>
    public const string ConductDecider = "conduct-decider-in-scope";

    /// <summary>An official never confirms an observation about themselves.</summary>
    public const string NoSelfConfirmation = "no-self-confirmation";

    /// <summary>Reading a unit's figures needs a role in its province, or to be its officer.</summary>
    public const string ReaderInScope = "reader-in-scope";

    /// <summary>Allowed when <paramref name="actor"/> is the officer of <paramref name="unitCode"/>.</summary>
    public static AuthorizationDecision OfficerOf(Actor actor, string unitCode) =>
        Guard.Against.Null(actor).Has(ActorRole.UnitOfficer) && actor.UnitCode == unitCode
            ? AuthorizationDecision.Allow
            : AuthorizationDecision.Refuse(UnitOfficerOwnUnit, $"only an officer of unit {unitCode} may do this");

    /// <summary>Allowed when <paramref name="actor"/> appraises in <paramref name="province"/> and does not belong to <paramref name="unitCode"/>.</summary>
    public static AuthorizationDecision AppraiserOf(Actor actor, string province, string unitCode)
    {
        Guard.Against.Null(actor);
        if (!actor.Has(ActorRole.Appraiser) || actor.Province != province)
            return AuthorizationDecision.Refuse(AppraiserInScope, $"only an appraiser of {province} may do this");
        return actor.UnitCode == unitCode
            ? AuthorizationDecision.Refuse(AppraiserNotOwnUnit, $"{actor.Id} belongs to unit {unitCode} and may not appraise it")
            : AuthorizationDecision.Allow;
    }

    /// <summary>Allowed when <paramref name="actor"/> administers <paramref name="province"/>.</summary>
    public static AuthorizationDecision AdministratorOf(Actor actor, string province) =>
        Guard.Against.Null(actor).Has(ActorRole.ProvinceAdministrator) && actor.Province == province
            ? AuthorizationDecision.Allow
            : AuthorizationDecision.Refuse(ProvinceAdministrator, $"only a province administrator of {province} may do this");

    /// <summary>Allowed when <paramref name="actor"/> may read the figures of <paramref name="unitCode"/> in <paramref name="province"/>.</summary>
    public static AuthorizationDecision ReaderOf(Actor actor, string province, string? unitCode = null)
    {
        Guard.Against.Null(actor);
        var inProvince = (actor.Has(ActorRole.Appraiser) || actor.Has(ActorRole.ProvinceAdministrator)) && actor.Province == province;
        var ownUnit = unitCode is not null && actor.Has(ActorRole.UnitOfficer) && actor.UnitCode == unitCode;
        return inProvince || ownUnit
            ? AuthorizationDecision.Allow
            : AuthorizationDecision.Refuse(ReaderInScope, unitCode is null ? $"only an appraiser or administrator of {province} may read this" : $"only an officer of unit {unitCode} or an appraiser or administrator of {province} may read this");
    }

    /// <summary>Allowed when <paramref name="actor"/> has a role in the round's province or is an officer of a unit in the round: who may read its ranking and published results.</summary>
    public static AuthorizationDecision RoundReader(Actor actor, AssessmentRound round)
    {
        Guard.Against.Null(actor);
        Guard.Against.Null(round);
        var roleInProvince = actor.Roles.Count > 0 && actor.Province == round.Province;
        var officerInRound = actor.Has(ActorRole.UnitOfficer) && actor.UnitCode is { } unit && round.UnitCodes.Contains(unit, StringComparer.Ordinal);
        return roleInProvince || officerInRound
            ? AuthorizationDecision.Allow
            : AuthorizationDecision.Refuse(ReaderInScope, $"only someone with a role in {round.Province}, or an officer of a unit in round {round.Id}, may read its ranking");
    }

    /// <summary>The first refusal among <paramref name="decisions"/>, or allowed.</summary>
    public static AuthorizationDecision All(params AuthorizationDecision[] decisions) =>
        decisions.FirstOrDefault(d => !d.Allowed) ?? AuthorizationDecision.Allow;

    /// <summary>Allowed when any of <paramref name="decisions"/> allows; otherwise the first refusal.</summary>
    public static AuthorizationDecision Any(params AuthorizationDecision[] decisions) =>
        decisions.Any(d => d.Allowed) ? AuthorizationDecision.Allow : decisions[0];
}
