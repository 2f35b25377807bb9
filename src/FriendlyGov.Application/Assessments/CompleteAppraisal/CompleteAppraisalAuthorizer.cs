using FriendlyGov.Application.Authorization;

namespace FriendlyGov.Application.Assessments.CompleteAppraisal;

/// <summary>Only an appraiser of the round's province completes appraisal, never of their own unit.</summary>
/// <param name="lookup">Finds the round.</param>
internal sealed class CompleteAppraisalAuthorizer(AssessmentLookup lookup)
    : RoundAuthorizer<CompleteAppraisal>(lookup, r => r.RoundId, (actor, round, r) => Rules.AppraiserOf(actor, round.Province, r.UnitCode));
