using FriendlyGov.Application.Authorization;

namespace FriendlyGov.Application.Assessments.StartAppraisal;

/// <summary>Only an appraiser of the round's province starts appraisal, never of their own unit.</summary>
/// <param name="lookup">Finds the round.</param>
internal sealed class StartAppraisalAuthorizer(AssessmentLookup lookup)
    : RoundAuthorizer<StartAppraisal>(lookup, r => r.RoundId, (actor, round, r) => Rules.AppraiserOf(actor, round.Province, r.UnitCode));
