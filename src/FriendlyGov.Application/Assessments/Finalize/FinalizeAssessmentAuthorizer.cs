using FriendlyGov.Application.Authorization;

namespace FriendlyGov.Application.Assessments.Finalize;

/// <summary>Only a province administrator of the round's province finalizes.</summary>
/// <param name="lookup">Finds the round.</param>
internal sealed class FinalizeAssessmentAuthorizer(AssessmentLookup lookup)
    : RoundAuthorizer<FinalizeAssessment>(lookup, r => r.RoundId, (actor, round, _) => Rules.AdministratorOf(actor, round.Province));
