using FriendlyGov.Application.Authorization;

namespace FriendlyGov.Application.Assessments.GetAssessment;

/// <summary>The unit's officer, or an appraiser or administrator of the round's province, reads its assessment.</summary>
/// <param name="lookup">Finds the round.</param>
internal sealed class GetAssessmentAuthorizer(AssessmentLookup lookup)
    : RoundAuthorizer<GetAssessment>(lookup, r => r.RoundId, (actor, round, r) => Rules.ReaderOf(actor, round.Province, r.UnitCode));
